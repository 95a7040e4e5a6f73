// A small sentence splitter: good enough for news prose, kept conservative so a quote never
// spans two paragraphs.
#include "checker/text/sentences.h"

#include "checker/text/utf8.h"

namespace checker {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t'; }

// The bytes the splitter stops at: line breaks, stops, and the lead byte of "…". Every other byte
// is stepped over with one lookup.
struct StopBytes {
  bool at[256];
  constexpr StopBytes() : at() {
    for (const unsigned char c : {'\n', '\r', '.', '!', '?'}) at[c] = true;
    at[0xE2] = true;
  }
};
constexpr StopBytes kStops;

bool starts_sentence(std::string_view text, size_t pos) {
  if (pos >= text.size()) return true;
  size_t len = 1;
  const char32_t cp = decode_utf8(text, pos, &len);
  if (cp >= 'A' && cp <= 'Z') return true;
  if (cp >= '0' && cp <= '9') return true;
  if (cp == '"' || cp == 0x00AB || cp == 0x201C || cp == '[' || cp == '(' || cp == '*') return true;
  // Upper-case Latin letters with diacritics (À-Þ).
  return cp >= 0xC0 && cp <= 0xDE && cp != 0xD7;
}

void push_trimmed(std::string_view text, size_t b, size_t e, std::vector<Span>* out) {
  while (b < e && (is_space(text[b]) || text[b] == '\n' || text[b] == '\r')) ++b;
  while (e > b && (is_space(text[e - 1]) || text[e - 1] == '\n' || text[e - 1] == '\r')) --e;
  if (e > b) out->push_back({b, e});
}

}  // namespace

std::vector<Span> split_sentences(std::string_view text, size_t begin, size_t end) {
  std::vector<Span> out;
  size_t start = begin;
  size_t i = begin;
  while (i < end) {
    const char c = text[i];
    if (!kStops.at[static_cast<unsigned char>(c)]) {
      ++i;
      continue;
    }
    if (c == '\n' || c == '\r') {
      push_trimmed(text, start, i, &out);
      start = i + 1;
      ++i;
      continue;
    }
    const bool ellipsis = c == '\xE2' && text.compare(i, 3, "\xE2\x80\xA6") == 0;
    if (c == '.' || c == '!' || c == '?' || ellipsis) {
      size_t j = i + (ellipsis ? 3 : 1);
      // Closing quotes and brackets stay with the sentence they close.
      while (j < end && (text[j] == '"' || text[j] == ')' || text[j] == ']' ||
                         text.compare(j, 2, "\xC2\xBB") == 0 || text.compare(j, 3, "\xE2\x80\x9D") == 0))
        j += (text[j] == '"' || text[j] == ')' || text[j] == ']') ? 1 : (text[j] == '\xC2' ? 2 : 3);
      if (j < end && is_space(text[j])) {
        size_t k = j;
        while (k < end && is_space(text[k])) ++k;
        if (starts_sentence(text, k)) {
          push_trimmed(text, start, j, &out);
          start = k;
          i = k;
          continue;
        }
      }
      i = j;
      continue;
    }
    ++i;
  }
  push_trimmed(text, start, end, &out);
  return out;
}

}  // namespace checker
