// A streaming writer of indented JSON whose bytes are those of nlohmann's dump(2) of the same
// tree, without building the tree: reports with many findings are written field by field.
//
//   std::string out;
//   PrettyJson j(&out, 0);
//   j.open_object(); j.key("a"); j.integer(1); j.key("b"); j.open_array(); j.close_array(); j.close_object();
//   // out == "{\n  \"a\": 1,\n  \"b\": []\n}" == ordered_json{{"a", 1}, {"b", array}}.dump(2)
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace checker {

class PrettyJson {
 public:
  /// Appends to `out`; lines inside the value are indented as if it were nested `depth` levels
  /// deep (two spaces a level), the first line not at all.
  PrettyJson(std::string* out, size_t depth) : out_(*out), base_(2 * depth) {}

  void open_object();
  void close_object();
  void open_array();
  void close_array();
  /// An object member's name; its value comes next.
  void key(std::string_view name);

  /// A string as nlohmann escapes it (UTF-8 kept as is, control characters escaped). Text that
  /// is not valid UTF-8 is handed to nlohmann, which throws as a dump would.
  void string(std::string_view text);
  /// A double as nlohmann prints it (shortest round trip, "1.0" for a whole number, null when
  /// not finite).
  void real(double value);
  void integer(int64_t value);
  void unsigned_integer(uint64_t value);
  void boolean(bool value);
  void null();

 private:
  void before_value();
  void close(char bracket);  // the open container, on its own line unless it is empty
  void indent(size_t levels);
  void escaped(std::string_view text);  // the quoted, escaped text

  std::string& out_;
  size_t base_;
  std::vector<char> open_;  // per open container: 1 while it has no element yet
  bool after_key_ = false;
};

}  // namespace checker
