// Claim places: line index lookups shared by every report.
#include "checker/report/claim_place.h"

namespace checker {

ClaimLocator::ClaimLocator(const std::vector<Document>& documents)
    : documents_(documents), lines_(documents.size()) {}

ClaimPlace ClaimLocator::place(const Claim& claim) {
  const Document& d = documents_[claim.document];
  if (!lines_[claim.document]) lines_[claim.document] = std::make_unique<DocumentLines>(d);
  const DocumentLines& index = *lines_[claim.document];
  ClaimPlace p;
  p.document = &d;
  const LineCol start = index.at(claim.span.start);
  const LineCol end = index.at(claim.span.end);
  p.line = start.line + d.line_base - 1;
  p.column = start.column;
  p.end_line = end.line + d.line_base - 1;
  p.end_column = end.column;
  p.quote = std::string(span_bytes(d, claim.span));
  const Span& v = claim.value_span;
  if (v.start >= claim.span.start && v.end <= claim.span.end && v.start < v.end) {
    p.value_start = v.start - claim.span.start;
    p.value_end = v.end - claim.span.start;
  }
  p.reported = d.date ? d.date->timex() : "undated";
  return p;
}

std::string mark_value(const ClaimPlace& p, std::string (*escape)(std::string_view), const char* open,
                       const char* close) {
  const std::string_view q = p.quote;
  if (p.value_start == p.value_end) return escape(q);
  return escape(q.substr(0, p.value_start)) + open + escape(q.substr(p.value_start, p.value_end - p.value_start)) +
         close + escape(q.substr(p.value_end));
}

std::string document_file(const Document& d) {
  // JSON Lines records are named "corpus.jsonl#id"; the file is the part before '#'.
  const size_t hash = d.path.rfind(".jsonl#");
  return hash == std::string::npos ? d.path.str() : d.path.substr(0, hash + 6);
}

}  // namespace checker
