// Internal to the value scanner: byte and code point tests shared by the scan loop
// (mentions.cc), the tests of what is not a value (not_values.cc) and the date extents
// (date_extent.cc).
#pragma once

#include <cctype>
#include <string_view>

#include "checker/text/utf8.h"

namespace checker {

inline bool ascii_letter(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
inline bool ascii_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

// The code point that ends just before `pos` (0 at `begin`); *start receives its first byte.
inline char32_t previous_cp(std::string_view text, size_t begin, size_t pos, size_t* start) {
  if (pos <= begin) return 0;
  size_t s = pos - 1;
  while (s > begin && (static_cast<unsigned char>(text[s]) & 0xC0) == 0x80) --s;
  size_t len = 0;
  *start = s;
  return decode_utf8(text, s, &len);
}

inline size_t skip_spaces(std::string_view text, size_t pos) {
  while (pos < text.size() && text[pos] == ' ') ++pos;
  return pos;
}

}  // namespace checker
