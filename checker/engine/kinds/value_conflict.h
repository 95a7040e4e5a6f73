// value-conflict: one subject, one attribute, one time, incompatible values.
#pragma once

#include "checker/engine/rule_kind.h"

namespace checker {

/// Flags two claims on the same subject and attribute, for the same valid time, whose values
/// cannot both hold.
///   * Compares attributes of the families in params.families (e.g. ["measure", "finance"]).
///   * Values are compared after unit normalization, as intervals (approximations widen them)
///     with a relative tolerance params.tolerance (default 0.005).
///   * Different valid times ("20,3 % en 2022", "11 % en 2025") are not a conflict. Without a
///     valid time in the text, a lasting property (an attribute marked "stable": a length, an
///     area) holds whenever it is reported; any other value holds at its document's date.
///   * Planned values are not compared with actual ones. Dates are compared when they are
///     actual (a birth, a founding, an opening that happened), as periods at their common
///     precision (1968 and 1968-08-21 agree; 1968-08-21 and 1968-08-27 do not).
/// User doc: rules/kinds/value-conflict.md
class ValueConflict final : public RuleKind {
 public:
  const char* name() const override { return "value-conflict"; }
  std::string validate(const nlohmann::json& params) const override;
  void run(const RuleInstance& rule, const ClaimIndex& index, std::vector<Finding>* out) const override;
};

}  // namespace checker
