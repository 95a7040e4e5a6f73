// The map half of the audit: documents → claims, with an optional cache of earlier results.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "checker/core/claim.h"
#include "checker/core/document.h"
#include "checker/core/error.h"
#include "checker/core/subject_set.h"
#include "checker/engine/audit.h"
#include "checker/engine/rule_pack.h"
#include "checker/extract/claim_builder.h"
#include "checker/extract/discovery.h"

namespace checker {

/// A discovered name as the subject index takes it, without its document: the phrase as
/// written plus what discovery read in it. Shards exchange these (see docs/scale.md).
struct NamedPhrase {
  std::string text;     // the whole phrase as written ("pont de Vardenne")
  std::string head;
  std::string proper;
  std::string acronym;
};

/// Drops the bare names (discovery.h, is_bare_name) that fewer than two documents write:
/// `document_of[i]` is the document of `(*names)[i]`.
void keep_shared_bare_names(std::vector<NamedPhrase>* names, const std::vector<size_t>& document_of);
/// The same over each document's names (`(*per_document)[i]` are document i's), filtered in place.
void keep_shared_bare_names(std::vector<std::vector<NamedPhrase>>* per_document);

/// How many claims a document has in one (subject, family) group.
struct GroupCount {
  InternedString subject_id;
  InternedString family;
  uint32_t claims = 0;
};

/// What reconciliation needs from extraction: every claim (bound or not) in document order,
/// how many each document has, and the subjects each document names. For streamed documents
/// (Document::streamed) also what reports need of their text, `summaries` (empty for the others:
/// they keep their text), and `errors`: streamed documents that could not be read again.
/// A cache may keep a document's claims back (`deferred[d]` set: `claims` has none of document
/// d's, only how many it has in each group); reconciliation asks for them when it needs them
/// (findings_cache.h). `deferred` is empty when no document's claims were kept back.
struct Extraction {
  ClaimList claims;
  std::vector<size_t> claims_per_document;
  std::vector<SubjectSet> mentions;
  std::vector<TextSummary> summaries;
  Diagnostics errors;
  std::vector<std::optional<std::vector<GroupCount>>> deferred;
};

/// A document's pass 1 as a cache keeps it: its phrases and the names they give the index (the
/// names carry their text, so a cached document need not be read). A cache may answer with the
/// names only (`phrases_kept_back`): the phrases are needed only to build claims again, and are
/// then asked for (ExtractionCache::kept_phrases).
struct CachedPhrases {
  std::vector<DiscoveredPhrase> phrases;
  std::vector<NamedPhrase> names;
  bool phrases_kept_back = false;
};

/// A document's pass 2 as a cache keeps it: its claims and subjects, and the summary of its text
/// (what reports read of it once it is dropped; core/text_summary.h). A cache may answer without
/// the claims themselves (`deferred` set: how many the document has, and in which groups).
struct CachedClaims {
  DocumentClaims claims;
  TextSummary summary;
  struct Deferred {
    size_t total = 0;
    std::vector<GroupCount> groups;
  };
  std::optional<Deferred> deferred;
};

/// The (subject, family) groups `claims` fall in and how many each has, in order of first claim.
std::vector<GroupCount> count_groups(const std::vector<Claim>& claims);

/// Earlier results of the two extraction passes, per document: each lookup answers for every
/// document at once (nullopt: not there, extract it), and may use `jobs` threads. Stores are
/// made from one thread. A document's claims depend on the whole corpus's subject index, so
/// they are looked up under `subjects_key`, a hash of that index's inputs.
class ExtractionCache {
 public:
  virtual ~ExtractionCache() = default;
  virtual std::vector<std::optional<CachedPhrases>> phrases(unsigned jobs) = 0;
  virtual void put_phrases(size_t document, const std::vector<DiscoveredPhrase>& phrases,
                           const std::vector<NamedPhrase>& names) = 0;
  /// The phrases of documents whose phrases() answer kept them back, in the order asked; asked
  /// between claims() and the first put_claims().
  virtual std::vector<std::vector<DiscoveredPhrase>> kept_phrases(const std::vector<size_t>& documents,
                                                                  unsigned jobs) = 0;
  virtual std::vector<std::optional<CachedClaims>> claims(const std::string& subjects_key, unsigned jobs) = 0;
  virtual void put_claims(size_t document, const std::string& subjects_key, const DocumentClaims& claims,
                          const TextSummary& summary) = 0;
};

/// The names a document's discovered phrases give the subject index, in text order.
std::vector<NamedPhrase> named_phrases(const Document& d, const std::vector<DiscoveredPhrase>& phrases);

/// Pass 1 of every document: its discovered phrases and the names they give the index.
struct Discovery {
  std::vector<std::vector<DiscoveredPhrase>> phrases;
  std::vector<char> phrases_kept_back;  // per document: its phrases are still in the cache
  std::vector<std::vector<NamedPhrase>> names;
  // Streamed documents that could not be read again: null for the others (one pointer a
  // document, not a whole Error: a corpus has millions of documents and rarely an error).
  std::vector<std::unique_ptr<Error>> errors;
};

/// Discovered phrases of every document (pass 1), on `jobs` threads (0: all cores).
Discovery discover_all(const std::vector<Document>& documents, const RulePack& pack, unsigned jobs,
                       ExtractionCache* cache = nullptr, const AuditProgress& progress = {});

/// Calls `work(document)` with `d`'s text at hand: `d` itself, or for a streamed document a copy
/// with its text read again. Returns the error when it cannot be read (`work` is not called).
std::optional<Error> with_text(const Document& d, const std::function<void(const Document&)>& work);

/// Both passes. Streamed documents are read again in each pass (corpus/reread.h), so that the
/// corpus's text is never held at once. The subject index is built from `names` when given (every shard's names, in
/// corpus order), else from the documents' own discovered phrases. The result does not depend
/// on `jobs` nor on whether `cache` held anything. `progress` hears of every document of each
/// pass, found in the cache or extracted.
Extraction extract_claims(const std::vector<Document>& documents, const RulePack& pack, unsigned jobs,
                          ExtractionCache* cache = nullptr, const std::vector<NamedPhrase>* names = nullptr,
                          const AuditProgress& progress = {});

}  // namespace checker
