// Folding with utf8proc: case fold + decompose + strip marks, per code point, so every folded
// byte keeps the offset of the original code point it came from.
#include "checker/text/fold.h"

#include <utf8proc.h>

#include "checker/text/utf8.h"

namespace checker {
namespace {

// Typographic variants that should compare equal to their plain forms.
constexpr char32_t plain(char32_t cp) {
  switch (cp) {
    case 0x2019: case 0x2018: case 0x02BC: case 0x00B4: case 0x0060: return '\'';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case '-': return ' ';
    case 0x00A0: case 0x202F: case 0x2009: case '\t': case '\n': case '\r': return ' ';
    case 0x00AB: case 0x00BB: case 0x201C: case 0x201D: return '"';
    case 0x0153: return U'\x0153';  // œ stays œ (folded below to "oe")
    default: return cp;
  }
}

void append_folded(char32_t cp, std::string* out) {
  cp = plain(cp);
  if (cp == 0x0153 || cp == 0x0152) { *out += "oe"; return; }
  if (cp == 0x00E6 || cp == 0x00C6) { *out += "ae"; return; }
  if (cp < 0x80) {
    char c = static_cast<char>(cp);
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    *out += c;
    return;
  }
  utf8proc_int32_t buf[8];
  int last = 0;
  const auto options = static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_CASEFOLD |
                                                      UTF8PROC_STRIPMARK);
  const utf8proc_ssize_t n = utf8proc_decompose_char(static_cast<utf8proc_int32_t>(cp), buf, 8,
                                                     options, &last);
  if (n < 0 || n > 8) {
    *out += '?';
    return;
  }
  for (utf8proc_ssize_t k = 0; k < n; ++k) {
    utf8proc_uint8_t enc[4];
    const utf8proc_ssize_t len = utf8proc_encode_char(buf[k], enc);
    out->append(reinterpret_cast<const char*>(enc), static_cast<size_t>(len));
  }
}

// What append_folded makes of each ASCII byte, looked up instead of decoded: most of a text is
// ASCII, and folding runs over every byte of every document.
struct AsciiFolds {
  char to[0x80];
  constexpr AsciiFolds() : to() {
    for (int c = 0; c < 0x80; ++c) {
      const char32_t p = plain(static_cast<char32_t>(c));
      to[c] = static_cast<char>(p >= 'A' && p <= 'Z' ? p - 'A' + 'a' : p);
    }
  }
};
constexpr AsciiFolds kAsciiFolds;

}  // namespace

FoldedText::FoldedText(std::string_view original) : source_(original) {
  text_.reserve(original.size());
  map_.reserve(original.size() + 1);
  size_t i = 0;
  while (i < original.size()) {
    if (static_cast<unsigned char>(original[i]) < 0x80) {
      // A run of ASCII bytes, one folded byte each, written in place (most of news prose).
      size_t run = i + 1;
      while (run < original.size() && static_cast<unsigned char>(original[run]) < 0x80) ++run;
      const size_t at = text_.size();
      text_.resize(at + (run - i));
      map_.resize(at + (run - i));
      char* to = text_.data() + at;
      size_t* from = map_.data() + at;
      for (; i < run; ++i) {
        *to++ = kAsciiFolds.to[static_cast<unsigned char>(original[i])];
        *from++ = i;
      }
      continue;
    }
    size_t len = 1;
    const char32_t cp = decode_utf8(original, i, &len);
    const size_t before = text_.size();
    append_folded(cp, &text_);
    for (size_t k = before; k < text_.size(); ++k) map_.push_back(i);
    i += len;
  }
  map_.push_back(original.size());
}

std::string fold_case(std::string_view s) {
  std::string out;
  size_t i = 0;
  while (i < s.size()) {
    size_t len = 1;
    char32_t cp = plain(decode_utf8(s, i, &len));
    i += len;
    if (cp == ' ') {
      if (!out.empty() && out.back() != ' ') out += ' ';
      continue;
    }
    utf8proc_int32_t buf[8];
    int last = 0;
    const utf8proc_ssize_t n = utf8proc_decompose_char(static_cast<utf8proc_int32_t>(cp), buf, 8,
                                                       UTF8PROC_CASEFOLD, &last);
    for (utf8proc_ssize_t k = 0; k < n && k < 8; ++k) {
      utf8proc_uint8_t enc[4];
      const utf8proc_ssize_t l = utf8proc_encode_char(buf[k], enc);
      out.append(reinterpret_cast<const char*>(enc), static_cast<size_t>(l));
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string fold(std::string_view s) {
  FoldedText f(s);
  return f.text();
}

std::string collapse_spaces(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ') { space = true; continue; }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

}  // namespace checker
