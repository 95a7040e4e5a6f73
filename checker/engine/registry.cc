// Adding a kind: its files in engine/kinds/, one line here, a doc in rules/kinds/, a fixture.
#include "checker/engine/registry.h"

#include "checker/engine/kinds/schedule_slip.h"
#include "checker/engine/kinds/status_conflict.h"
#include "checker/engine/kinds/value_conflict.h"

namespace checker {

const std::vector<const RuleKind*>& rule_kinds() {
  static const ScheduleSlip schedule_slip;
  static const StatusConflict status_conflict;
  static const ValueConflict value_conflict;
  static const std::vector<const RuleKind*> kinds = {&schedule_slip, &status_conflict, &value_conflict};
  return kinds;
}

const RuleKind* find_rule_kind(const std::string& name) {
  for (const RuleKind* k : rule_kinds())
    if (name == k->name()) return k;
  return nullptr;
}

}  // namespace checker
