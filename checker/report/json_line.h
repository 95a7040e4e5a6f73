// A flat JSON object written field by field, without a JSON tree: `checker mentions` prints a
// line per value found, and building and freeing a tree per line cost more than the parsers.
// The bytes are those nlohmann::ordered_json::dump() writes for the same object.
//   JsonLine f;
//   f.set("start", json_number(size_t{3}));
//   f.set("text", json_string("6 717 km²"));
//   f.line() == "{\"start\":3,\"text\":\"6 717 km²\"}"
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "checker/core/value.h"

namespace checker {

/// A JSON string, escaped as dump() escapes it (UTF-8 kept; `"`, `\` and control characters
/// escaped). The text must be valid UTF-8.
std::string json_string(std::string_view s);
/// A double as dump() writes it: the shortest text that reads back ("2024.0", "1.3e+09");
/// null when not finite.
std::string json_number(double x);
/// An unsigned integer as dump() writes it.
std::string json_number(size_t n);

/// The fields of one object, in order, each value already JSON text. Setting a field that is
/// there keeps its place and erasing one closes the gap, as in nlohmann::ordered_json. Keys are
/// string literals (they are not copied).
class JsonLine {
 public:
  void set(std::string_view key, std::string json);
  void erase(std::string_view key);
  /// The JSON text of `key`, or nullptr.
  std::string* find(std::string_view key);
  /// `{"key":value,...}` with no spaces, as dump() writes it.
  std::string line() const;

 private:
  std::vector<std::pair<std::string_view, std::string>> fields_;
};

/// Appends the fields of value_json(v) (json_report.h), in its order (value_fields.h).
void add_value_fields(const Value& v, JsonLine* fields);

}  // namespace checker
