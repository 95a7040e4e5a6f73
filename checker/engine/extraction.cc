// Two passes over the corpus (discover subjects, then build claims), each in parallel, with
// the cache consulted before and filled after each pass.
#include "checker/engine/extraction.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "checker/core/content_hash.h"
#include "checker/core/stage_timer.h"
#include "checker/corpus/reread.h"
#include "checker/engine/parallel.h"
#include "checker/engine/text_summary.h"
#include "checker/extract/subjects.h"

namespace checker {
namespace {

const Lexicon* lexicon_for(const Document& d, const RulePack& pack) {
  auto it = pack.lexicons.find(d.lang);
  if (it != pack.lexicons.end()) return &it->second;
  it = pack.lexicons.find("fr");
  if (it != pack.lexicons.end()) return &it->second;
  return pack.lexicons.empty() ? nullptr : &pack.lexicons.begin()->second;
}

}  // namespace

std::vector<NamedPhrase> named_phrases(const Document& d, const std::vector<DiscoveredPhrase>& phrases) {
  std::vector<NamedPhrase> out;
  out.reserve(phrases.size());
  for (const DiscoveredPhrase& p : phrases)
    out.push_back({d.text.substr(p.phrase.start, p.phrase.end - p.phrase.start), p.head, p.proper, p.acronym});
  return out;
}

namespace {

// Folded bare name -> the first document writing it, and whether another one does too. Each
// bare name is folded once; only whether a second document writes it matters.
class BareNameWriters {
 public:
  struct Writers {
    size_t first = 0;
    bool shared = false;
  };

  /// Notes that `document` writes `n`: its entry, or null for a name that is not bare.
  const Writers* note(const NamedPhrase& n, size_t document) {
    if (!is_bare_name(n.head, n.proper, n.acronym)) return nullptr;
    const auto [it, added] = documents_.try_emplace(fold(n.proper), Writers{document, false});
    if (!added && it->second.first != document) it->second.shared = true;
    return &it->second;
  }

 private:
  std::unordered_map<std::string, Writers> documents_;
};

}  // namespace

void keep_shared_bare_names(std::vector<NamedPhrase>* names, const std::vector<size_t>& document_of) {
  BareNameWriters bare;
  std::vector<const BareNameWriters::Writers*> writers(names->size(), nullptr);  // per bare name: its entry
  for (size_t i = 0; i < names->size(); ++i) writers[i] = bare.note((*names)[i], document_of[i]);
  size_t kept = 0;
  for (size_t i = 0; i < names->size(); ++i) {
    NamedPhrase& n = (*names)[i];
    if (writers[i] && !writers[i]->shared) continue;
    if (kept != i) (*names)[kept] = std::move(n);
    ++kept;
  }
  names->resize(kept);
}

void keep_shared_bare_names(std::vector<std::vector<NamedPhrase>>* per_document) {
  BareNameWriters bare;
  std::vector<const BareNameWriters::Writers*> writers;  // the bare names' entries, in order
  for (size_t d = 0; d < per_document->size(); ++d)
    for (const NamedPhrase& n : (*per_document)[d])
      if (const auto* w = bare.note(n, d)) writers.push_back(w);
  size_t next = 0;
  for (std::vector<NamedPhrase>& names : *per_document) {
    size_t kept = 0;
    for (size_t i = 0; i < names.size(); ++i) {
      if (is_bare_name(names[i].head, names[i].proper, names[i].acronym) && !writers[next++]->shared) continue;
      if (kept != i) names[kept] = std::move(names[i]);
      ++kept;
    }
    names.resize(kept);
  }
}

std::vector<GroupCount> count_groups(const std::vector<Claim>& claims) {
  std::vector<GroupCount> out;
  for (const Claim& c : claims) {
    if (c.subject_id.empty()) continue;
    // A document has few groups: a scan from the last one found is shorter than a map.
    auto it = std::find_if(out.rbegin(), out.rend(),
                           [&](const GroupCount& g) { return g.subject_id == c.subject_id && g.family == c.family; });
    if (it != out.rend()) ++it->claims;
    else out.push_back(GroupCount{c.subject_id, c.family, 1});
  }
  return out;
}

std::optional<Error> with_text(const Document& d, const std::function<void(const Document&)>& work) {
  if (!d.streamed) {
    work(d);
    return std::nullopt;
  }
  Result<std::string> text = reread_text(d);
  if (!text.ok()) return text.error();
  Document full = d;
  full.text = std::move(text.value());
  full.streamed = false;
  work(full);
  return std::nullopt;
}

Discovery discover_all(const std::vector<Document>& documents, const RulePack& pack, unsigned jobs,
                       ExtractionCache* cache, const AuditProgress& progress) {
  Discovery out;
  out.phrases.resize(documents.size());
  out.names.resize(documents.size());
  out.errors.resize(documents.size());
  out.phrases_kept_back.assign(documents.size(), 0);
  std::vector<std::optional<CachedPhrases>> hits;
  if (cache) hits = cache->phrases(jobs);
  std::vector<char> found(documents.size(), 0);
  for (size_t i = 0; i < documents.size() && i < hits.size(); ++i)
    if (hits[i]) {
      out.phrases[i] = std::move(hits[i]->phrases);
      out.names[i] = std::move(hits[i]->names);
      out.phrases_kept_back[i] = hits[i]->phrases_kept_back;
      found[i] = 1;
      if (progress) progress(1, 0);
    }
  std::vector<size_t> todo;
  for (size_t i = 0; i < documents.size(); ++i)
    if (!found[i]) todo.push_back(i);
  parallel_for(todo.size(), jobs, [&](size_t k) {
    const size_t i = todo[k];
    if (std::optional<Error> e = with_text(documents[i], [&](const Document& full) {
          if (const Lexicon* lex = lexicon_for(full, pack))
            out.phrases[i] = discover_phrases(full.text, full.body_start, full.text.size(), *lex);
          out.names[i] = named_phrases(full, out.phrases[i]);
        }))
      out.errors[i] = std::make_unique<Error>(std::move(*e));
    if (progress) progress(1, 0);
  });
  if (cache)
    for (size_t i : todo)
      if (!out.errors[i]) cache->put_phrases(i, out.phrases[i], out.names[i]);
  return out;
}

Extraction extract_claims(const std::vector<Document>& documents, const RulePack& pack, unsigned jobs,
                          ExtractionCache* cache, const std::vector<NamedPhrase>* names,
                          const AuditProgress& progress) {
  StageTimer timer("extraction");
  Discovery discovered = discover_all(documents, pack, jobs, cache, progress);
  // The subject index's inputs: every discovered name in corpus order, the names given or each
  // document's, filtered in place (not gathered into one list first: on a large corpus that list
  // was the extraction's highest point). Its key covers everything that shapes it besides the
  // pack (which the cache keys on by itself).
  if (!names) keep_shared_bare_names(&discovered.names);
  const auto each_name = [&](const auto& take) {
    if (names) {
      for (const NamedPhrase& n : *names) take(n);
      return;
    }
    for (const std::vector<NamedPhrase>& of_document : discovered.names)
      for (const NamedPhrase& n : of_document) take(n);
  };
  ContentHasher key;
  each_name([&](const NamedPhrase& n) {
    for (const std::string* field : {&n.text, &n.head, &n.proper, &n.acronym}) key.add(*field);
  });
  const std::string subjects_key = key.hex();
  // Pass 2: claims per document, and what the reports need of a streamed document's text,
  // gathered in document order.
  Extraction out;
  out.summaries.resize(documents.size());
  std::vector<std::optional<CachedClaims>> hits;
  if (cache) hits = cache->claims(subjects_key, jobs);
  std::vector<char> found(documents.size(), 0);
  for (size_t i = 0; i < documents.size() && i < hits.size(); ++i)
    if (hits[i]) {
      if (documents[i].streamed) out.summaries[i] = std::move(hits[i]->summary);
      found[i] = 1;
      if (hits[i]->deferred && out.deferred.empty()) out.deferred.resize(documents.size());
    }
  bool any_todo = false;
  std::vector<size_t> need_phrases;  // documents to extract whose phrases the cache kept back
  for (size_t i = 0; i < documents.size(); ++i) {
    const bool todo = !found[i] && !discovered.errors[i];
    any_todo = any_todo || todo;
    if (todo && discovered.phrases_kept_back[i]) need_phrases.push_back(i);
  }
  if (cache && !need_phrases.empty()) {
    std::vector<std::vector<DiscoveredPhrase>> kept = cache->kept_phrases(need_phrases, jobs);
    for (size_t k = 0; k < need_phrases.size(); ++k) discovered.phrases[need_phrases[k]] = std::move(kept[k]);
  }
  // Built only when some document needs it: compiling it is not free on a large corpus.
  SubjectIndex subjects(any_todo ? pack.entities : std::vector<Entity>{});
  if (any_todo)
    each_name([&](const NamedPhrase& n) {
      subjects.add_discovered(n.text, DiscoveredPhrase{Span{0, n.text.size()}, n.head, n.proper, n.acronym});
    });
  // The index holds what it needs of them: freed before it compiles.
  std::vector<std::vector<NamedPhrase>>().swap(discovered.names);
  if (any_todo) subjects.compile();
  std::vector<std::unique_ptr<Error>> errors = std::move(discovered.errors);
  out.claims_per_document.assign(documents.size(), 0);
  out.mentions.resize(documents.size());
  // In windows of documents, each gathered before the next starts: the claims of a window are
  // moved into `out.claims` (a deque: it never moves what it holds), so the corpus's claims exist
  // once, not once per document and again gathered, and the next window reuses the freed memory.
  // A window's claims per document (`per_document[i - first]`): one window's worth, not the corpus's.
  const size_t window = 4096;
  std::vector<DocumentClaims> per_document(std::min(window, documents.size()));
  for (size_t first = 0; first < documents.size(); first += window) {
    const size_t last = std::min(documents.size(), first + window);
    for (size_t i = first; i < last && i < hits.size(); ++i)
      if (hits[i]) per_document[i - first] = std::move(hits[i]->claims);
    parallel_for(last - first, jobs, [&](size_t k) {
      const size_t i = first + k;
      const Document& d = documents[i];
      DocumentClaims& claims = per_document[k];
      // A cache keeps every document's summary: a later run may stream it.
      if (!errors[i] && !found[i])
        if (std::optional<Error> e = with_text(d, [&](const Document& full) {
              if (const Lexicon* lex = lexicon_for(full, pack))
                claims = build_claims(full, i, *lex, subjects, discovered.phrases[i]);
              if (d.streamed || cache) out.summaries[i] = summarize_text(full.text, claims.claims);
            }))
          errors[i] = std::make_unique<Error>(std::move(*e));
      if (errors[i]) claims = DocumentClaims{};
      std::vector<DiscoveredPhrase>().swap(discovered.phrases[i]);  // not needed any more: free it
      if (progress) progress(2, claims.claims.size());
    });
    for (size_t i = first; i < last; ++i) {
      DocumentClaims& claims = per_document[i - first];
      if (cache && !found[i] && !errors[i]) cache->put_claims(i, subjects_key, claims, out.summaries[i]);
      // The summaries of documents that keep their text were only for the cache.
      if (cache && !documents[i].streamed) out.summaries[i] = TextSummary{};
      out.claims_per_document[i] = claims.claims.size();
      if (i < hits.size() && hits[i] && hits[i]->deferred) {
        out.claims_per_document[i] = hits[i]->deferred->total;
        out.deferred[i] = std::move(hits[i]->deferred->groups);
      }
      if (i < hits.size()) hits[i].reset();
      out.mentions[i] = std::move(claims.subjects);
      for (Claim& c : claims.claims) out.claims.push_back(std::move(c));
      claims = DocumentClaims{};
    }
  }
  for (std::unique_ptr<Error>& e : errors)
    if (e) out.errors.push_back(std::move(*e));
  return out;
}

}  // namespace checker
