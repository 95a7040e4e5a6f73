// A rule instance from rules/checks/*.json: one kind, its parameters, a severity.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "checker/core/finding.h"

namespace checker {

struct RuleInstance {
  std::string id;           // kebab-case, unique across the pack
  std::string kind;         // schedule-slip | value-conflict | status-conflict
  std::string description;
  Severity severity = Severity::kWarning;
  nlohmann::json params = nlohmann::json::object();
  std::string file;         // where it was defined, for messages
  std::string pointer;
};

}  // namespace checker
