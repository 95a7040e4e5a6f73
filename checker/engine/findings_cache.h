// Earlier findings per (subject, family) group, so that a later audit reconciles only the groups
// whose inputs changed (the claim store keeps them: store/claim_store.h).
#pragma once

#include <optional>
#include <vector>

#include "checker/core/finding.h"
#include "checker/engine/claim_index.h"

namespace checker {

/// One finding of a group and the position in the rule pack of the rule that raised it.
struct RuleFinding {
  size_t rule = 0;
  Finding finding;
};

/// A cache answers for one group at a time, from the group's claims and the documents they and
/// the rules read (the claims' documents, and the documents naming the subject: the overdue check
/// reads their dates). It must answer nullopt unless every one of those is as it was when the
/// findings were put: a group's findings are then those the rules would raise again. Called from
/// one thread.
class FindingsCache {
 public:
  virtual ~FindingsCache() = default;
  /// The group's findings in the order the rules raised them (rule by rule), their claims taken
  /// from `claims`; nullopt: reconcile the group.
  virtual std::optional<std::vector<RuleFinding>> findings(const ClaimIndex& index, const ClaimIndex::Key& key,
                                                           const std::vector<const Claim*>& claims) = 0;
  /// Keeps what reconciling the group gave (every finding's claims are among `claims`).
  virtual void put_findings(const ClaimIndex& index, const ClaimIndex::Key& key,
                            const std::vector<const Claim*>& claims, const std::vector<RuleFinding>& findings) = 0;
};

}  // namespace checker
