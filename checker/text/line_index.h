// Maps byte offsets to 1-based line and column (columns count Unicode code points).
#pragma once

#include <string_view>
#include <vector>

namespace checker {

struct LineCol {
  int line = 1;
  int column = 1;
};

/// Built once per document; lookups are O(log lines). Lines end at "\n", "\r\n" or a lone "\r".
class LineIndex {
 public:
  explicit LineIndex(std::string_view text);
  /// `offset` must be within [0, text.size()].
  LineCol at(size_t offset) const;

 private:
  std::string_view text_;
  std::vector<size_t> starts_;
};

/// The number of line breaks in `text`, counted as LineIndex counts them ("\r\n" is one):
/// count_line_breaks("a\r\nb\rc\n") == 3.
size_t count_line_breaks(std::string_view text);

}  // namespace checker
