// Two passes over the corpus (discover subjects, then build claims), then every rule once.
#include "checker/engine/audit.h"

#include <algorithm>

#include "checker/core/stage_timer.h"
#include "checker/engine/claim_index.h"
#include "checker/engine/fingerprint.h"
#include "checker/engine/parallel.h"
#include "checker/engine/registry.h"
#include "checker/extract/claim_builder.h"
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

AuditResult run_audit(const std::vector<Document>& documents, const RulePack& pack, unsigned jobs) {
  AuditResult result;
  StageTimer extraction("extraction");
  // Pass 1, in parallel: every document's discovered names; then indexed in document order.
  std::vector<std::vector<DiscoveredPhrase>> discovered(documents.size());
  parallel_for(documents.size(), jobs, [&](size_t i) {
    if (const Lexicon* lex = lexicon_for(documents[i], pack))
      discovered[i] = discover_phrases(documents[i].text, documents[i].body_start, documents[i].text.size(), *lex);
  });
  SubjectIndex subjects(pack.entities);
  for (size_t i = 0; i < documents.size(); ++i)
    for (const auto& p : discovered[i]) subjects.add_discovered(documents[i].text, p);
  subjects.compile();
  // Pass 2, in parallel: claims per document; then gathered in document order.
  std::vector<DocumentClaims> per_document(documents.size());
  parallel_for(documents.size(), jobs, [&](size_t i) {
    if (const Lexicon* lex = lexicon_for(documents[i], pack))
      per_document[i] = build_claims(documents[i], i, *lex, subjects, discovered[i]);
  });
  std::vector<std::vector<DiscoveredPhrase>>().swap(discovered);  // not needed any more: free it
  std::vector<std::set<std::string>> mentions(documents.size());
  result.claims_per_document.assign(documents.size(), 0);
  size_t total = 0;
  for (const DocumentClaims& d : per_document) total += d.claims.size();
  result.claims.reserve(total);  // no doubling; each document's claims are freed once moved
  for (size_t i = 0; i < documents.size(); ++i) {
    result.claims_per_document[i] = per_document[i].claims.size();
    mentions[i] = std::move(per_document[i].subjects);
    for (auto& c : per_document[i].claims) result.claims.push_back(std::move(c));
    std::vector<Claim>().swap(per_document[i].claims);
  }
  extraction.stop();
  StageTimer reconciliation("reconciliation");
  const ClaimIndex index(documents, result.claims, std::move(mentions));
  for (const RuleInstance& rule : pack.rules) {
    const RuleKind* kind = find_rule_kind(rule.kind);
    if (kind) kind->run(rule, index, &result.findings);
  }
  for (Finding& f : result.findings) f.id = fingerprint(f, documents);
  std::stable_sort(result.findings.begin(), result.findings.end(), [](const Finding& a, const Finding& b) {
    if (a.subject_name != b.subject_name) return a.subject_name < b.subject_name;
    if (a.rule != b.rule) return a.rule < b.rule;
    return a.id < b.id;
  });
  return result;
}

}  // namespace checker
