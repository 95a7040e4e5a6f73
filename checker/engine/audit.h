// The whole pipeline on a loaded corpus: extraction, indexing, rules, fingerprints.
#pragma once

#include <vector>

#include "checker/core/claim.h"
#include "checker/core/document.h"
#include "checker/core/finding.h"
#include "checker/engine/rule_pack.h"

namespace checker {

struct AuditResult {
  std::vector<Claim> claims;
  std::vector<size_t> claims_per_document;
  std::vector<Finding> findings;  // deterministic order: subject, rule, first claim position
};

/// Documents in a language without a pack are read with the "fr" pack if there is one.
/// Extraction runs on `jobs` threads (0: all cores); the result does not depend on `jobs`.
AuditResult run_audit(const std::vector<Document>& documents, const RulePack& pack, unsigned jobs = 1);

}  // namespace checker
