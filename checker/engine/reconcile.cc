// Reconciliation: the claim index, the rule kinds, fingerprints and the findings' order.
#include "checker/engine/reconcile.h"

#include <algorithm>
#include <map>
#include <optional>

#include "checker/core/stage_timer.h"
#include "checker/engine/claim_index.h"
#include "checker/engine/fingerprint.h"
#include "checker/engine/registry.h"

namespace checker {
namespace {

std::vector<Finding> run_rules(const std::vector<Document>& documents, const RulePack& pack, const ClaimIndex& index) {
  std::vector<Finding> out;
  for (const RuleInstance& rule : pack.rules) {
    const RuleKind* kind = find_rule_kind(rule.kind);
    if (kind) kind->run(rule, index, &out);
  }
  for (Finding& f : out) f.id = fingerprint(f, documents);
  return out;
}

// The rules over the groups `cache` does not answer for. The order is that of run_rules: every
// kind visits the groups in the index's order, so rule by rule, then group by group. Nullopt
// when a finding cannot be told to one group (the caller reconciles without the cache).
std::optional<std::vector<Finding>> run_rules_through(const std::vector<Document>& documents, const RulePack& pack,
                                                      ClaimIndex* index, FindingsCache* cache) {
  using Key = ClaimIndex::Key;
  std::vector<Key> keys;  // every group, in order
  std::map<Key, std::vector<RuleFinding>> by_group;
  std::map<Key, std::vector<const Claim*>> stale;
  for (const auto& [key, claims] : index->groups()) {
    keys.push_back(key);
    std::optional<std::vector<RuleFinding>> cached = cache->findings(*index, key, claims);
    const bool fits = cached && std::all_of(cached->begin(), cached->end(),
                                            [&](const RuleFinding& f) { return f.rule < pack.rules.size(); });
    if (fits) by_group[key] = std::move(*cached);
    else stale.emplace_hint(stale.end(), key, claims);
  }
  std::map<Key, std::vector<const Claim*>> all = index->swap_groups(std::move(stale));
  std::map<Key, std::vector<RuleFinding>> fresh;
  for (const auto& entry : index->groups()) fresh[entry.first];
  for (size_t r = 0; r < pack.rules.size(); ++r) {
    const RuleKind* kind = find_rule_kind(pack.rules[r].kind);
    if (!kind) continue;
    std::vector<Finding> out;
    kind->run(pack.rules[r], *index, &out);
    for (Finding& f : out) {
      const auto group = f.claims.empty() ? fresh.end()
                                          : fresh.find(Key{f.claims.front().subject_id, f.claims.front().family});
      if (group == fresh.end()) {
        index->swap_groups(std::move(all));
        return std::nullopt;
      }
      f.id = fingerprint(f, documents);
      group->second.push_back(RuleFinding{r, std::move(f)});
    }
  }
  for (auto& [key, findings] : fresh) {
    cache->put_findings(*index, key, index->groups().at(key), findings);
    by_group[key] = std::move(findings);
  }
  index->swap_groups(std::move(all));
  std::vector<std::vector<Finding>> per_rule(pack.rules.size());
  for (const Key& key : keys)
    for (RuleFinding& f : by_group[key]) per_rule[f.rule].push_back(std::move(f.finding));
  size_t total = 0;
  for (const std::vector<Finding>& list : per_rule) total += list.size();
  std::vector<Finding> out;
  out.reserve(total);
  for (std::vector<Finding>& list : per_rule)
    for (Finding& f : list) out.push_back(std::move(f));
  return out;
}

}  // namespace

AuditResult reconcile(const std::vector<Document>& documents, const RulePack& pack, Extraction extraction,
                      FindingsCache* cache) {
  StageTimer timer("reconciliation");
  AuditResult result;
  result.claims = std::move(extraction.claims);
  result.claims_per_document = std::move(extraction.claims_per_document);
  ClaimIndex index(documents, result.claims, std::move(extraction.mentions));
  std::optional<std::vector<Finding>> findings;
  if (cache) findings = run_rules_through(documents, pack, &index, cache);
  result.findings = findings ? std::move(*findings) : run_rules(documents, pack, index);
  std::stable_sort(result.findings.begin(), result.findings.end(), [](const Finding& a, const Finding& b) {
    if (a.subject_name != b.subject_name) return a.subject_name < b.subject_name;
    if (a.rule != b.rule) return a.rule < b.rule;
    return a.id < b.id;
  });
  return result;
}

}  // namespace checker
