// Two passes over the corpus (discover subjects, then build claims), each in parallel, with
// the cache consulted before and filled after each pass.
#include "checker/engine/extraction.h"

#include "checker/core/content_hash.h"
#include "checker/core/stage_timer.h"
#include "checker/engine/parallel.h"
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

std::vector<std::vector<DiscoveredPhrase>> discover_all(const std::vector<Document>& documents, const RulePack& pack,
                                                        unsigned jobs, ExtractionCache* cache,
                                                        const AuditProgress& progress) {
  std::vector<std::vector<DiscoveredPhrase>> discovered(documents.size());
  std::vector<size_t> todo;
  std::vector<std::optional<std::vector<DiscoveredPhrase>>> hits;
  if (cache) hits = cache->phrases(jobs);
  for (size_t i = 0; i < documents.size(); ++i) {
    if (i < hits.size() && hits[i]) {
      discovered[i] = std::move(*hits[i]);
      if (progress) progress(1, 0);
    } else {
      todo.push_back(i);
    }
  }
  parallel_for(todo.size(), jobs, [&](size_t k) {
    const Document& d = documents[todo[k]];
    if (const Lexicon* lex = lexicon_for(d, pack))
      discovered[todo[k]] = discover_phrases(d.text, d.body_start, d.text.size(), *lex);
    if (progress) progress(1, 0);
  });
  if (cache)
    for (size_t i : todo) cache->put_phrases(i, discovered[i]);
  return discovered;
}

Extraction extract_claims(const std::vector<Document>& documents, const RulePack& pack, unsigned jobs,
                          ExtractionCache* cache, const std::vector<NamedPhrase>* names,
                          const AuditProgress& progress) {
  StageTimer timer("extraction");
  std::vector<std::vector<DiscoveredPhrase>> discovered = discover_all(documents, pack, jobs, cache, progress);
  // The subject index's inputs: every discovered name in corpus order. Its key covers
  // everything that shapes it besides the pack (which the cache keys on by itself).
  std::vector<NamedPhrase> own;
  if (!names)
    for (size_t i = 0; i < documents.size(); ++i)
      for (NamedPhrase& n : named_phrases(documents[i], discovered[i])) own.push_back(std::move(n));
  const std::vector<NamedPhrase>& all_names = names ? *names : own;
  ContentHasher key;
  for (const NamedPhrase& n : all_names)
    for (const std::string* field : {&n.text, &n.head, &n.proper, &n.acronym}) key.add(*field);
  const std::string subjects_key = key.hex();
  // Pass 2: claims per document; then gathered in document order.
  std::vector<DocumentClaims> per_document(documents.size());
  std::vector<size_t> todo;
  std::vector<std::optional<DocumentClaims>> hits;
  if (cache) hits = cache->claims(subjects_key, jobs);
  for (size_t i = 0; i < documents.size(); ++i) {
    if (i < hits.size() && hits[i]) {
      per_document[i] = std::move(*hits[i]);
      if (progress) progress(2, per_document[i].claims.size());
    } else {
      todo.push_back(i);
    }
  }
  // Built only when some document needs it: compiling it is not free on a large corpus.
  SubjectIndex subjects(todo.empty() ? std::vector<Entity>{} : pack.entities);
  if (!todo.empty()) {
    for (const NamedPhrase& n : all_names)
      subjects.add_discovered(n.text, DiscoveredPhrase{Span{0, n.text.size()}, n.head, n.proper, n.acronym});
    subjects.compile();
  }
  parallel_for(todo.size(), jobs, [&](size_t k) {
    const size_t i = todo[k];
    if (const Lexicon* lex = lexicon_for(documents[i], pack))
      per_document[i] = build_claims(documents[i], i, *lex, subjects, discovered[i]);
    if (progress) progress(2, per_document[i].claims.size());
  });
  if (cache)
    for (size_t i : todo) cache->put_claims(i, subjects_key, per_document[i]);
  std::vector<std::vector<DiscoveredPhrase>>().swap(discovered);  // not needed any more: free it
  Extraction out;
  out.claims_per_document.assign(documents.size(), 0);
  out.mentions.resize(documents.size());
  size_t total = 0;
  for (const DocumentClaims& d : per_document) total += d.claims.size();
  out.claims.reserve(total);  // no doubling; each document's claims are freed once moved
  for (size_t i = 0; i < documents.size(); ++i) {
    out.claims_per_document[i] = per_document[i].claims.size();
    out.mentions[i] = std::move(per_document[i].subjects);
    for (auto& c : per_document[i].claims) out.claims.push_back(std::move(c));
    std::vector<Claim>().swap(per_document[i].claims);
  }
  return out;
}

}  // namespace checker
