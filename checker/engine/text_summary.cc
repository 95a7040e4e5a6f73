// Summaries are made while the text is at hand, in the extraction pass that builds the claims.
#include "checker/engine/text_summary.h"

#include <algorithm>

#include "checker/engine/suppression_comments.h"
#include "checker/text/line_index.h"
#include "checker/text/whole_lines.h"

namespace checker {

TextSummary summarize_text(std::string_view text, const std::vector<Claim>& claims) {
  TextSummary s;
  s.size = static_cast<uint32_t>(text.size());  // a document is at most 16 MiB (corpus/files.h)
  s.lines = static_cast<int>(count_line_breaks(text)) + 1;
  s.comments = scan_suppression_comments(text);
  std::vector<Span> spans;
  spans.reserve(claims.size());
  std::vector<size_t> starts;  // of the spans whole_lines keeps, sorted
  starts.reserve(claims.size());
  for (const Claim& c : claims) {
    const Span span = c.span;
    spans.push_back(span);
    if (span.start <= span.end && span.end <= text.size()) starts.push_back(span.start);
  }
  std::sort(starts.begin(), starts.end());
  const std::vector<Span> lines = lines_up_to(text, std::move(spans));
  if (lines.empty()) return s;
  // Each range runs from the start of a line to where its last span ends: the bytes before its
  // first span are kept as that span's line and column only.
  const LineIndex index(text);
  std::vector<ExcerptText> excerpts;
  excerpts.reserve(lines.size());
  for (const Span& l : lines) {
    auto first = std::lower_bound(starts.begin(), starts.end(), l.start);
    const size_t start = first != starts.end() && *first <= l.end ? *first : l.start;
    const LineCol at = index.at(start);
    excerpts.push_back({start, at.line, at.column, text.substr(start, l.end - start)});
  }
  set_excerpts(&s, excerpts);
  return s;
}

}  // namespace checker
