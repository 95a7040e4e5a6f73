// Folding with utf8proc: case fold + decompose + strip marks, per code point, so every folded
// byte keeps the offset of the original code point it came from.
#include "checker/text/fold.h"

#include <algorithm>
#include <stdexcept>

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

// What append_folded makes of each two-byte code point (U+0080 to U+07FF: the Latin letters with
// diacritics of most European prose), worked out once instead of per character.
struct TwoByteFolds {
  std::string to[0x800 - 0x80];
  TwoByteFolds() {
    for (char32_t cp = 0x80; cp < 0x800; ++cp) append_folded(cp, &to[cp - 0x80]);
  }
};

// The folded bytes of code point `cp`, in `scratch` when they are not in a table.
std::string_view folded_code_point(char32_t cp, std::string* scratch) {
  static const TwoByteFolds kTwoByte;
  if (cp >= 0x80 && cp < 0x800) return kTwoByte.to[cp - 0x80];
  scratch->clear();
  append_folded(cp, scratch);
  return *scratch;
}

}  // namespace

FoldedText::FoldedText(std::string_view original) : source_(original) {
  const size_t n = original.size();
  if (n >= UINT32_MAX) throw std::length_error("FoldedText: text of 4 GiB or more");
  // Room for one folded byte per original byte; a character that folds to more bytes than it
  // has ("ŉ" -> "ʼn") makes more room. At every step, [out, size) can hold the rest as ASCII.
  text_.resize(n);
  size_t capacity = n + 1;  // of map_
  map_.reset(new uint32_t[capacity]);
  size_t out = 0, i = 0;
  std::string scratch;
  const char* const from = original.data();
  char* to = text_.data();
  uint32_t* at = map_.get();
  while (i < n) {
    const auto b = static_cast<unsigned char>(from[i]);
    if (b < 0x80) {  // most of news prose: one folded byte each
      to[out] = kAsciiFolds.to[b];
      at[out] = static_cast<uint32_t>(i);
      ++out;
      ++i;
      continue;
    }
    size_t len = 1;
    const char32_t cp = decode_utf8(original, i, &len);
    const std::string_view f = folded_code_point(cp, &scratch);
    const size_t rest = n - i - len;
    if (out + f.size() + rest > text_.size()) {
      text_.resize(out + f.size() + rest);
      capacity = out + f.size() + rest + 1;
      std::unique_ptr<uint32_t[]> larger(new uint32_t[capacity]);
      std::copy(map_.get(), map_.get() + out, larger.get());
      map_ = std::move(larger);
      to = text_.data();
      at = map_.get();
    }
    for (const char c : f) {
      to[out] = c;
      at[out] = static_cast<uint32_t>(i);
      ++out;
    }
    i += len;
  }
  text_.resize(out);
  map_[out] = static_cast<uint32_t>(n);  // capacity > out: the last slot is always there
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
