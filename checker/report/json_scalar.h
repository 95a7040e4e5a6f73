// JSON strings and numbers appended as nlohmann's dump() writes them, for the writers that
// produce JSON text without building a tree (json_line.h for one-line objects, pretty_json.h
// for indented reports).
#pragma once

#include <string>
#include <string_view>

namespace checker {

/// The quoted string: UTF-8 kept as is; `"`, `\` and control characters escaped as dump()
/// escapes them. The text must be valid UTF-8 (the caller checks where it may not be).
void append_json_string(std::string* out, std::string_view text);

/// A double as dump() writes it: the shortest text that reads back ("2024.0", "1.3e+09"), and
/// null when it is not finite.
void append_json_number(std::string* out, double x);

}  // namespace checker
