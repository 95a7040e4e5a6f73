// status-conflict: one subject, incompatible statuses.
#pragma once

#include "checker/engine/rule_kind.h"

namespace checker {

/// Flags a subject whose status differs between claims (params.attribute); statuses of one
/// group agree ("closed" and "destroyed" are both not operational).
///   * `contradiction` (the rule's severity) when two different statuses hold at overlapping
///     times: their valid times (or report dates) are within params.window_days (default 31)
///     and the later claim cites no event in between.
///   * `change` (params.change_severity, default note) when a later document reports a new
///     status, years apart or after a cited event.
///   * Ignores claims from undated documents.
/// User doc: rules/kinds/status-conflict.md
class StatusConflict final : public RuleKind {
 public:
  const char* name() const override { return "status-conflict"; }
  std::string validate(const nlohmann::json& params) const override;
  void run(const RuleInstance& rule, const ClaimIndex& index, std::vector<Finding>* out) const override;
};

}  // namespace checker
