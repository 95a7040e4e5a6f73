// Names of severities.
#include "checker/core/finding.h"

namespace checker {

const char* severity_name(Severity s) {
  switch (s) {
    case Severity::kNote: return "note";
    case Severity::kWarning: return "warning";
    case Severity::kError: return "error";
  }
  return "warning";
}

bool severity_from_name(const std::string& name, Severity* out) {
  for (Severity s : {Severity::kNote, Severity::kWarning, Severity::kError}) {
    if (name == severity_name(s)) {
      *out = s;
      return true;
    }
  }
  return false;
}

}  // namespace checker
