// Paragraphs: cut after each run of blank lines.
#include "checker/text/paragraphs.h"

namespace checker {
namespace {

bool blank_char(char c) { return c == ' ' || c == '\t' || c == '\r'; }

/// If a blank line starts at `p` (just after a line break), the position after it (and after any
/// blank lines that follow); otherwise `p`.
size_t skip_blank_lines(std::string_view text, size_t p) {
  size_t q = p;
  while (true) {
    size_t r = q;
    while (r < text.size() && blank_char(text[r])) ++r;
    if (r < text.size() && text[r] == '\n') {
      q = r + 1;
      continue;
    }
    return q;
  }
}

}  // namespace

std::vector<Span> split_paragraphs(std::string_view text) {
  std::vector<Span> out;
  size_t start = 0;
  for (size_t nl = text.find('\n'); nl != std::string_view::npos; nl = text.find('\n', nl + 1)) {
    const size_t after = skip_blank_lines(text, nl + 1);
    if (after == nl + 1) continue;  // the next line holds text: same paragraph
    if (after >= text.size()) break;
    out.push_back({start, after});
    start = after;
    nl = after - 1;
  }
  if (start < text.size() || out.empty()) out.push_back({start, text.size()});
  return out;
}

std::vector<Span> paragraph_batches(const std::vector<Span>& paragraphs, size_t min_bytes) {
  std::vector<Span> out;
  for (const Span& p : paragraphs) {
    if (!out.empty() && out.back().end - out.back().start < min_bytes)
      out.back().end = p.end;
    else
      out.push_back(p);
  }
  return out;
}

}  // namespace checker
