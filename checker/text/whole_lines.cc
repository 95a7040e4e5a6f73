// A line ends at "\n" or "\r", as LineIndex counts them.
#include "checker/text/whole_lines.h"

#include <algorithm>

namespace checker {
namespace {

bool is_break(char c) { return c == '\n' || c == '\r'; }

// The spans that lie in `text`, by start.
void in_start_order(std::string_view text, std::vector<Span>* spans) {
  spans->erase(std::remove_if(spans->begin(), spans->end(),
                              [&](const Span& s) { return s.end > text.size() || s.start > s.end; }),
               spans->end());
  std::sort(spans->begin(), spans->end(), [](const Span& a, const Span& b) { return a.start < b.start; });
}

}  // namespace

std::vector<Span> whole_lines(std::string_view text, std::vector<Span> spans) {
  in_start_order(text, &spans);
  // In start order, each byte is scanned at most once: a span inside the range being built only
  // extends it (many claims on one long line stay linear).
  std::vector<Span> merged;
  for (const Span& s : spans) {
    if (!merged.empty() && s.start <= merged.back().end) {
      size_t& end = merged.back().end;
      if (s.end > end)
        for (end = s.end; end < text.size() && !is_break(text[end]);) ++end;
      continue;
    }
    size_t start = s.start, end = s.end;
    while (start > 0 && !is_break(text[start - 1])) --start;
    while (end < text.size() && !is_break(text[end])) ++end;
    if (!merged.empty() && start <= merged.back().end) merged.back().end = std::max(merged.back().end, end);
    else merged.push_back({start, end});
  }
  return merged;
}

std::vector<Span> lines_up_to(std::string_view text, std::vector<Span> spans) {
  in_start_order(text, &spans);
  // Each byte is scanned at most once: the walk back to a line's start stops at the range before.
  std::vector<Span> merged;
  for (const Span& s : spans) {
    if (!merged.empty() && s.start <= merged.back().end) {
      merged.back().end = std::max(merged.back().end, s.end);
      continue;
    }
    const size_t floor = merged.empty() ? 0 : merged.back().end;
    size_t start = s.start;
    while (start > floor && !is_break(text[start - 1])) --start;
    const bool same_line = !merged.empty() && start == floor && (floor == 0 || !is_break(text[floor - 1]));
    if (same_line) merged.back().end = s.end;
    else merged.push_back({start, s.end});
  }
  return merged;
}

}  // namespace checker
