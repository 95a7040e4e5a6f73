// schedule-slip: a milestone's target moves between documents.
#pragma once

#include "checker/engine/rule_kind.h"

namespace checker {

/// Flags a milestone whose planned date moves between documents.
///   * Compares the planned, postponed and initial claims of one subject and one milestone
///     family (params.family), ordered by reported time; an actual date that differs from the
///     last target ends the chain.
///   * A target that is past at the date of a later document naming the subject, with no
///     actual claim, is reported as `overdue` (params.overdue, default true).
///   * Ignores claims from undated documents (they cannot be ordered).
/// User doc: rules/kinds/schedule-slip.md
class ScheduleSlip final : public RuleKind {
 public:
  const char* name() const override { return "schedule-slip"; }
  std::string validate(const nlohmann::json& params) const override;
  void run(const RuleInstance& rule, const ClaimIndex& index, std::vector<Finding>* out) const override;
};

}  // namespace checker
