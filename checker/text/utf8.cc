// UTF-8 validation and decoding (strict: no overlongs, no surrogates, nothing above U+10FFFF).
#include "checker/text/utf8.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace checker {

size_t find_invalid_utf8(std::string_view text) {
  size_t i = 0;
  const size_t n = text.size();
  while (i < n) {
    // Runs of ASCII eight bytes at a time: most text is mostly ASCII.
    while (i + 8 <= n) {
      uint64_t word;
      std::memcpy(&word, text.data() + i, 8);
      if (word & 0x8080808080808080ULL) break;
      i += 8;
    }
    if (i >= n) break;
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) { ++i; continue; }
    size_t len = 0;
    char32_t cp = 0;
    if (c >= 0xC2 && c <= 0xDF) { len = 2; cp = c & 0x1F; }
    else if (c >= 0xE0 && c <= 0xEF) { len = 3; cp = c & 0x0F; }
    else if (c >= 0xF0 && c <= 0xF4) { len = 4; cp = c & 0x07; }
    else return i;
    if (i + len > n) return i;
    for (size_t k = 1; k < len; ++k) {
      const auto cc = static_cast<unsigned char>(text[i + k]);
      if ((cc & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (cc & 0x3F);
    }
    if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) || cp > 0x10FFFF ||
        (cp >= 0xD800 && cp <= 0xDFFF))
      return i;
    i += len;
  }
  return std::string_view::npos;
}

char32_t decode_utf8(std::string_view text, size_t pos, size_t* len) {
  const auto c = static_cast<unsigned char>(text[pos]);
  size_t l = 1;
  char32_t cp = c;
  if (c >= 0xF0) { l = 4; cp = c & 0x07; }
  else if (c >= 0xE0) { l = 3; cp = c & 0x0F; }
  else if (c >= 0xC0) { l = 2; cp = c & 0x1F; }
  if (pos + l > text.size()) l = 1;
  for (size_t k = 1; k < l; ++k) cp = (cp << 6) | (static_cast<unsigned char>(text[pos + k]) & 0x3F);
  *len = l;
  return cp;
}

bool looks_binary(std::string_view text) {
  const auto head = text.substr(0, std::min<size_t>(text.size(), 8192));
  return head.find('\0') != std::string_view::npos;
}

}  // namespace checker
