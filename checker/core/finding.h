// A finding: a conflict between claims, raised by one rule.
#pragma once

#include <string>
#include <type_traits>
#include <vector>

#include "checker/core/claim_refs.h"
#include "checker/core/interned_string.h"

namespace checker {

enum class Severity { kNote = 0, kWarning = 1, kError = 2 };

const char* severity_name(Severity s);
bool severity_from_name(const std::string& name, Severity* out);

/// The fields a corpus repeats over many findings (rule, kind, status, subject, attribute) are
/// interned; the claims are the audit's own, by address (core/claim_refs.h).
struct Finding {
  std::string id;        // fingerprint: rule, subject, attribute, documents, values and quotes
  InternedString rule;
  InternedString kind;      // schedule-slip | value-conflict | status-conflict
  InternedString status;    // slip | overdue | contradiction | change
  InternedString subject_id;
  InternedString subject_name;
  InternedString attribute;
  std::string message;
  ClaimRefs claims;  // in time order
  Severity severity = Severity::kWarning;
};

// A growing list of findings moves them (a few pointers each), never copies them.
static_assert(std::is_nothrow_move_constructible_v<Finding>);

}  // namespace checker
