// The claim store (`checker audit --store FILE`): an SQLite file that keeps each document's
// extraction results by content hash, so a later audit extracts only what changed.
//
//   ClaimStore store("claims.db", rules_key("rules/"), corpus.documents);
//   Extraction x = extract_claims(corpus.documents, pack, jobs, &store);
//   store.commit();  // one transaction: new entries in, entries of absent documents out
//
// A document's entry is in two parts: a small record read on every run (how many claims it has
// in which (subject, family) group, the subjects it names, its text summary) and its claims,
// read by key only when a group they are in is reconciled again.
// Files are known by path, size, modification time and inode: a file whose stamp is unchanged is
// not read again (its documents, claims and quoted lines come from the store).
// Entries are keyed by a hash of the document's bytes and metadata (not its path); the whole
// store is cleared when the rules or the checker version change (`rules_key`). Claims also
// depend on the corpus's subject index, so they are kept with that index's key and re-extracted
// when it changes. Every entry carries a checksum: a damaged entry is never used, and once one is
// seen nothing more is taken from the store (the run extracts every document and rebuilds it).
// It also keeps each (subject, family) group's findings with a hash of what they were computed
// from (findings_records.h), so that reconciliation visits only the groups whose inputs changed.
#pragma once

#include <memory>
#include <cstdint>
#include <optional>
#include <string_view>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "checker/core/document.h"
#include "checker/core/content_hash.h"
#include "checker/engine/extraction.h"
#include "checker/engine/findings_cache.h"
#include "checker/store/file_records.h"
#include "checker/store/store_keys.h"

struct sqlite3;

namespace checker {

class ClaimStore final : public ExtractionCache, public FindingsCache {
 public:
  /// Opens FILE, or creates it. A file that is not SQLite, another program's database or a
  /// damaged store is rebuilt from scratch; each such problem adds a line to warnings().
  ClaimStore(std::string path, std::string rules_key);
  /// The same, then set_documents(documents).
  ClaimStore(std::string path, std::string rules_key, const std::vector<Document>& documents);
  /// The corpus whose documents the lookups answer for, by index (keys: store_keys.h).
  void set_documents(const std::vector<Document>& documents);
  /// The files whose stamps the store trusts (file_records.h), for load_corpus; null when the
  /// store cannot be used.
  KnownFiles* known_files() { return unusable_ ? nullptr : &files_; }
  ~ClaimStore() override;
  ClaimStore(const ClaimStore&) = delete;
  ClaimStore& operator=(const ClaimStore&) = delete;

  std::vector<std::optional<CachedPhrases>> phrases(unsigned jobs) override;
  void put_phrases(size_t document, const std::vector<DiscoveredPhrase>& phrases,
                   const std::vector<NamedPhrase>& names) override;
  std::vector<std::vector<DiscoveredPhrase>> kept_phrases(const std::vector<size_t>& documents,
                                                          unsigned jobs) override;
  std::vector<std::optional<CachedClaims>> claims(const std::string& subjects_key, unsigned jobs) override;
  void put_claims(size_t document, const std::string& subjects_key, const DocumentClaims& claims,
                  const TextSummary& summary) override;

  std::optional<std::vector<RuleFinding>> findings(const ClaimIndex& index, const ClaimIndex::Key& key,
                                                   const std::vector<GroupDocument>& documents,
                                                   ClaimList* claims) override;
  void put_findings(const ClaimIndex& index, const ClaimIndex::Key& key, const std::vector<GroupDocument>& documents,
                    const std::vector<RuleFinding>& findings) override;
  /// Read by key, only for the documents asked (a group reconciled again); any problem with an
  /// entry is damage: a warning, nullopt, and nothing more taken from the store.
  std::optional<std::vector<std::vector<Claim>>> deferred_claims(const std::vector<size_t>& documents,
                                                                unsigned jobs) override;

  /// Writes this run's new entries and removes the entries no document of this run used, in
  /// one transaction (an interrupted run leaves the store as it was). Returns "" or the problem
  /// (a warning: the audit's results do not depend on the store).
  std::string commit();
  /// Writes the groups' findings put since commit() and removes those of groups this run did not
  /// have, in one transaction. Returns "" or the problem (a warning, as for commit()).
  std::string commit_findings();
  /// Closes the file (the destructor does too); the store answers nothing after.
  void close();

  /// "FILE: not an SQLite database (not a claim store); rebuilding it", … in the order they
  /// happened.
  const std::vector<std::string>& warnings() const { return warnings_; }
  /// How many documents each pass found in the store.
  size_t phrase_hits() const { return phrase_hits_; }
  size_t claim_hits() const { return claim_hits_; }
  size_t group_hits() const { return group_hits_; }
  /// How many documents' claims were read for groups reconciled again (deferred_claims).
  size_t claims_read() const { return claims_read_; }

 private:
  void open_or_rebuild();
  bool create_schema();
  void broken(const std::string& what);
  void in_use();
  // A read that failed with SQLite's `code`: locked past the busy timeout (another audit is
  // writing the file) is in_use(), anything else damage (broken()).
  void read_failed(int code);
  // "PATH: cannot WHAT: <SQLite's message>", after rolling the open transaction back; "" when
  // the file is damaged (then broken()).
  std::string roll_back(const char* what);
  std::string commit_once();
  std::string commit_findings_once();
  // Every row of `table` in one scan: per document, its data when its checksum holds and it was
  // stored under `subjects_key`. Rows of documents not in this corpus are listed in `stale`.
  struct Rows {
    static constexpr std::pair<size_t, size_t> kNone{SIZE_MAX, 0};
    std::string bytes;                             // every entry found, one after the other
    std::vector<std::pair<size_t, size_t>> at;     // per document: offset and size in `bytes`, or kNone
  };
  Rows fetch(const char* table, const std::string& subjects_key, std::vector<std::string>* stale);
  // Every row of the findings table, checked (a bad checksum: broken()).
  void fetch_findings();

  std::string path_;
  std::string rules_key_;
  std::vector<std::string> keys_;  // per document: its content hash
  // Content key -> its first document, open addressing over the keys' 128-bit values: a row's
  // key is parsed once and compared as two words, with no node or string to reach per probe.
  class FirstDocuments {
   public:
    void build(const std::vector<std::string>& keys);
    /// The first document whose key is `hex`, or SIZE_MAX.
    size_t find(std::string_view hex) const;
    /// The first document with the same key as document `i` (`i` itself if none before it).
    size_t first_of(size_t i) const { return first_of_[i]; }

   private:
    std::vector<Hash128> values_;     // per document: its key's value
    std::vector<uint32_t> slots_;     // document + 1, or 0: empty; a power of two long
    std::vector<size_t> first_of_;
  };
  FirstDocuments first_;
  Rows phrase_rows_;  // the phrases table's entries, from phrases() until the claims are built
  std::vector<Hash128> document_ids_;  // per document: its content hash and path (findings_records.h)
  sqlite3* db_ = nullptr;
  bool broken_ = false;            // an error or a bad checksum: rebuild the file at commit
  bool unusable_ = false;          // a directory, or locked: neither read nor written
  // This run's new entries, encoded (store_records.h), by document. Entries found in the store
  // are not kept: after damage nothing is taken from the store, so every entry is new.
  std::vector<std::pair<size_t, std::string>> new_phrases_;
  struct NewClaims {
    size_t document;
    std::string document_record;  // read on every run (store_records.h, encode_document_claims)
    std::string claims;           // read only when a group reconciled again needs them
  };
  std::vector<NewClaims> new_claims_;
  std::vector<std::string> stale_phrases_, stale_claims_;  // keys of rows to prune
  std::string subjects_key_;
  std::vector<std::string> warnings_;
  FileRecords files_{[this](const std::string& what) { broken(what); }};
  struct KeptFindings {
    Hash128 inputs;
    std::string data;
    bool used = false;  // looked up this run: not pruned
  };
  std::unordered_map<std::string, KeptFindings> kept_findings_;  // by group (subject id, NUL, family)
  std::vector<std::pair<std::string, std::pair<Hash128, std::string>>> new_findings_;
  bool findings_warned_ = false;
  size_t phrase_hits_ = 0;
  size_t group_hits_ = 0;
  size_t claim_hits_ = 0;
  size_t claims_read_ = 0;
};

}  // namespace checker
