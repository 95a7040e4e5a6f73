// The fields of a value's JSON object, in their one order (docs/json-report.md: "value"), handed
// to whichever writer is at work: the JSON tree of claim files (value_json), the one-line objects
// of `checker mentions` (json_line.h) and the indented report (json_report.cc).
#pragma once

#include <string_view>

#include "checker/core/value.h"

namespace checker {

class ValueFields {
 public:
  virtual ~ValueFields() = default;
  virtual void text(const char* key, std::string_view value) = 0;
  virtual void number(const char* key, double value) = 0;  // null when not finite
  virtual void null(const char* key) = 0;
  virtual void text_pair(const char* key, std::string_view first, std::string_view second) = 0;
};

/// Calls `out` once per field of `v`, in order.
void visit_value_fields(const Value& v, ValueFields* out);

}  // namespace checker
