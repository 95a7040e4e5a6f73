// The whole pipeline on a loaded corpus: extraction, indexing, rules, fingerprints.
#pragma once

#include <functional>
#include <vector>

#include "checker/core/claim.h"
#include "checker/core/document.h"
#include "checker/core/finding.h"
#include "checker/engine/rule_pack.h"

namespace checker {

/// Movable, not copyable: the findings point at the claims it holds (a copy's findings would
/// point at the original's). Moving keeps them where they are (a deque's elements stay put).
struct AuditResult {
  AuditResult() = default;
  AuditResult(AuditResult&&) = default;
  AuditResult& operator=(AuditResult&&) = default;
  AuditResult(const AuditResult&) = delete;
  AuditResult& operator=(const AuditResult&) = delete;

  /// The claims of the run's documents, in document order, except those a cache kept back and
  /// no rule needed (engine/findings_cache.h): count them with claims_per_document.
  ClaimList claims;
  ClaimList cached_claims;  // the claims of findings taken from a cache
  std::vector<size_t> claims_per_document;
  std::vector<Finding> findings;  // deterministic order: subject, rule, first claim position
};

/// Told of each document done: `pass` 1 (subject names found) or 2 (claims built, `claims` of
/// them). Called from the extraction threads, concurrently: it must be thread-safe.
using AuditProgress = std::function<void(int pass, size_t claims)>;

/// Documents in a language without a pack are read with the "fr" pack if there is one.
/// Extraction runs on `jobs` threads (0: all cores); the result does not depend on `jobs`,
/// nor on `progress` (which may be empty).
AuditResult run_audit(const std::vector<Document>& documents, const RulePack& pack, unsigned jobs = 1,
                      const AuditProgress& progress = {});

}  // namespace checker
