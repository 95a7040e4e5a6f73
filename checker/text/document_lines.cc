// A place inside an excerpt is its own line index's answer shifted by the excerpt's first line
// (and, on that line, by the excerpt's first column).
#include "checker/text/document_lines.h"

#include <algorithm>

namespace checker {
namespace {

// The excerpt whose bytes hold [start, end), or nullptr.
const Excerpt* excerpt_for(const Document& d, size_t start, size_t end) {
  const auto& ex = d.summary.excerpts;
  auto it = std::upper_bound(ex.begin(), ex.end(), start, [](size_t at, const Excerpt& e) { return at < e.start; });
  if (it == ex.begin()) return nullptr;
  --it;
  return end <= it->start + it->size ? &*it : nullptr;
}

}  // namespace

std::string_view span_bytes(const Document& d, const Span& span) {
  if (span.end < span.start) return {};
  if (!d.streamed) {
    if (span.end > d.text.size()) return {};
    return std::string_view(d.text).substr(span.start, span.end - span.start);
  }
  const Excerpt* e = excerpt_for(d, span.start, span.end);
  if (!e) return {};
  return d.summary.text_of(*e).substr(span.start - e->start, span.end - span.start);
}

DocumentLines::DocumentLines(const Document& d) : d_(d) {
  if (!d.streamed) {
    lines_.emplace_back(d.text);
    return;
  }
  lines_.reserve(d.summary.excerpts.size());
  for (const Excerpt& e : d.summary.excerpts) lines_.emplace_back(d.summary.text_of(e));
}

LineCol DocumentLines::at(size_t offset) const {
  if (!d_.streamed) return lines_[0].at(offset);
  const Excerpt* e = excerpt_for(d_, offset, offset);
  if (!e) return {};
  const LineCol lc = lines_[static_cast<size_t>(e - d_.summary.excerpts.data())].at(offset - e->start);
  // The excerpt's first line starts at the excerpt's column, not at the line's start.
  if (lc.line == 1) return {e->line, e->column + lc.column - 1};
  return {lc.line + e->line - 1, lc.column};
}

}  // namespace checker
