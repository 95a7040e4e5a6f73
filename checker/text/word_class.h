// Word classes of the bytes of folded text, and the word boundaries they give: what the phrase
// and name matchers take for a word's start and end.
//   word_class('a') == 1, word_class('7') == 2, word_class(' ') == 0
//   word_boundary("vardenne53", 8) -> true (a letter next to a digit: a footnote marker)
#pragma once

#include <cstddef>
#include <string_view>

namespace checker {

namespace detail {
struct WordClasses {
  unsigned char of[256];
  constexpr WordClasses() : of() {
    for (int c = 0; c < 256; ++c)
      of[c] = (c >= '0' && c <= '9') ? 2 : ((c >= 'a' && c <= 'z') || c >= 0x80) ? 1 : 0;
  }
};
inline constexpr WordClasses kWordClasses;
}  // namespace detail

/// 0: not part of a word; 1: a letter (or any byte of a non-ASCII character); 2: a digit.
/// Looked up in a table, as every byte of a text is classed.
inline int word_class(char c) { return detail::kWordClasses.of[static_cast<unsigned char>(c)]; }

/// Whether a word may start or end at `pos`: the text's edges, or a change of class with a word
/// on at most one side (a letter next to a digit counts: "Vardenne53(*)" carries a footnote).
inline bool word_boundary(std::string_view text, size_t pos) {
  if (pos == 0 || pos >= text.size()) return true;
  const int before = word_class(text[pos - 1]), after = word_class(text[pos]);
  return before != after || before == 0;
}

}  // namespace checker
