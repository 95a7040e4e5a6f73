// A finding: a conflict between claims, raised by one rule.
#pragma once

#include <string>
#include <vector>

#include "checker/core/claim.h"

namespace checker {

enum class Severity { kNote = 0, kWarning = 1, kError = 2 };

const char* severity_name(Severity s);
bool severity_from_name(const std::string& name, Severity* out);

struct Finding {
  std::string id;        // fingerprint: rule, subject, attribute, documents, values and quotes
  std::string rule;
  std::string kind;      // schedule-slip | value-conflict | status-conflict
  Severity severity = Severity::kWarning;
  std::string status;    // slip | overdue | contradiction | change
  std::string subject_id;
  std::string subject_name;
  std::string attribute;
  std::string message;
  std::vector<Claim> claims;  // in time order
};

}  // namespace checker
