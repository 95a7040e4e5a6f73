// Report summary counts and their one-line rendering.
#include "checker/report/summary.h"

#include <fmt/format.h>

namespace checker {

ReportSummary summarize_report(const ReportInput& in) {
  ReportSummary s;
  s.documents = in.documents.size();
  s.claims = 0;
  for (size_t n : in.result.claims_per_document) s.claims += n;
  s.findings = in.result.findings.size();
  s.skipped = in.skipped.size();
  s.hidden = in.hidden_by_baseline;
  s.suppressed = in.suppressed;
  s.outside_changed = in.outside_changed;
  for (const Finding& f : in.result.findings) {
    switch (f.severity) {
      case Severity::kError: ++s.error; break;
      case Severity::kWarning: ++s.warning; break;
      case Severity::kNote: ++s.note; break;
    }
  }
  return s;
}

std::string summary_line(const ReportSummary& s) {
  return fmt::format("{} document{}, {} claim{}, {} finding{} ({} error, {} warning, {} note){}", s.documents,
                     s.documents == 1 ? "" : "s", s.claims, s.claims == 1 ? "" : "s", s.findings,
                     s.findings == 1 ? "" : "s", s.error,
                     s.warning, s.note, s.skipped == 0 ? "" : fmt::format(", {} input(s) skipped", s.skipped)) +
         (s.hidden == 0 ? "" : fmt::format(", {} hidden by the baseline", s.hidden)) +
         (s.suppressed == 0 ? "" : fmt::format(", {} suppressed by comments", s.suppressed)) +
         (s.outside_changed == 0 ? "" : fmt::format(", {} outside the changed documents", s.outside_changed));
}

}  // namespace checker
