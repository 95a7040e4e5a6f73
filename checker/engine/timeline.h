// Putting claims in time order: by the date their document was published (reported time).
#pragma once

#include <vector>

#include "checker/core/claim.h"
#include "checker/engine/claim_index.h"

namespace checker {

/// Claims from dated documents, ordered by document date, then (within one document) initial
/// plans before other claims, then by position. Claims from undated documents are dropped.
std::vector<const Claim*> in_reported_order(const std::vector<const Claim*>& claims,
                                            const ClaimIndex& index);

/// "2025-12" or "2025-11-09": the document date of a claim, for messages.
std::string reported_timex(const Claim& c, const ClaimIndex& index);

/// Two dates that may denote the same target: the days one means contain the other's. A start,
/// middle or end ("early", "mid-", "late 2026") means that third of its period (of a year: four
/// months), and a target with one is the same as another it overlaps: "late 2026" and "2026-12" or
/// "September 2026" are one target, "late 2026" and "the first half of 2026" two.
bool same_target(const PartialDate& a, const PartialDate& b);

}  // namespace checker
