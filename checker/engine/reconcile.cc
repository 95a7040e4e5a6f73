// Reconciliation: the claim index, the rule kinds, fingerprints and the findings' order.
#include "checker/engine/reconcile.h"

#include <algorithm>

#include "checker/core/stage_timer.h"
#include "checker/engine/claim_index.h"
#include "checker/engine/fingerprint.h"
#include "checker/engine/registry.h"

namespace checker {

AuditResult reconcile(const std::vector<Document>& documents, const RulePack& pack, Extraction extraction) {
  StageTimer timer("reconciliation");
  AuditResult result;
  result.claims = std::move(extraction.claims);
  result.claims_per_document = std::move(extraction.claims_per_document);
  const ClaimIndex index(documents, result.claims, std::move(extraction.mentions));
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
