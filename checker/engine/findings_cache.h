// Earlier findings per (subject, family) group, so that a later audit reconciles only the groups
// whose inputs changed (the claim store keeps them: store/claim_store.h).
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "checker/core/claim.h"
#include "checker/core/finding.h"
#include "checker/engine/claim_index.h"

namespace checker {

/// One finding of a group and the position in the rule pack of the rule that raised it.
struct RuleFinding {
  size_t rule = 0;
  Finding finding;
};

/// One document of a group, and how many of the group's claims it has (a group's documents are
/// listed in corpus order).
struct GroupDocument {
  uint32_t document = 0;
  uint32_t claims = 0;
};

/// A cache answers for one group at a time, from the group's documents (how many claims each has
/// in it) and the documents the rules read (those, and the documents naming the subject: the
/// overdue check reads their dates). It must answer nullopt unless every one of those is as it
/// was when the findings were put: a group's findings are then those the rules would raise again.
/// Called from one thread.
class FindingsCache {
 public:
  virtual ~FindingsCache() = default;
  /// The group's findings in the order the rules raised them (rule by rule), their claims kept
  /// with them and added to `claims` (which must keep them in place: a deque); nullopt: reconcile
  /// the group.
  virtual std::optional<std::vector<RuleFinding>> findings(const ClaimIndex& index, const ClaimIndex::Key& key,
                                                           const std::vector<GroupDocument>& documents,
                                                           ClaimList* claims) = 0;
  /// Keeps what reconciling the group gave.
  virtual void put_findings(const ClaimIndex& index, const ClaimIndex::Key& key,
                            const std::vector<GroupDocument>& documents, const std::vector<RuleFinding>& findings) = 0;
  /// The claims of documents whose claims extraction left in the cache (Extraction::deferred),
  /// per document in the order asked, each with its document index; nullopt when the cache
  /// cannot give one of them (damage: extract every document again, without the cache).
  virtual std::optional<std::vector<std::vector<Claim>>> deferred_claims(const std::vector<size_t>& documents,
                                                                        unsigned jobs) = 0;
};

}  // namespace checker
