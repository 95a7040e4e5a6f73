// Summaries are made while the text is at hand, in the extraction pass that builds the claims.
#include "checker/engine/text_summary.h"

#include "checker/engine/suppression_comments.h"
#include "checker/text/line_index.h"
#include "checker/text/whole_lines.h"

namespace checker {

TextSummary summarize_text(std::string_view text, const std::vector<Claim>& claims) {
  TextSummary s;
  s.size = text.size();
  s.lines = static_cast<int>(count_line_breaks(text)) + 1;
  s.comments = scan_suppression_comments(text);
  std::vector<Span> spans;
  spans.reserve(claims.size());
  for (const Claim& c : claims) spans.push_back(c.span);
  const std::vector<Span> lines = lines_up_to(text, std::move(spans));
  if (lines.empty()) return s;
  const LineIndex index(text);
  s.excerpts.reserve(lines.size());
  for (const Span& l : lines)
    s.excerpts.push_back({l.start, index.at(l.start).line, std::string(text.substr(l.start, l.end - l.start))});
  return s;
}

}  // namespace checker
