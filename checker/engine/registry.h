// The registry of rule kinds, in alphabetical order.
#pragma once

#include <string>
#include <vector>

#include "checker/engine/rule_kind.h"

namespace checker {

/// All kinds; the pointers live for the whole program.
const std::vector<const RuleKind*>& rule_kinds();
/// The kind named `name`, or nullptr.
const RuleKind* find_rule_kind(const std::string& name);

}  // namespace checker
