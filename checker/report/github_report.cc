// GitHub workflow-command writer. Controls are neutralized first (an ESC in a quote must not
// color the log), then the Actions toolkit's escapes keep a document from closing the command.
#include "checker/report/github_report.h"

#include <fmt/format.h>

#include "checker/report/claim_place.h"
#include "checker/report/escape.h"

namespace checker {
namespace {

const char* command_for(Severity s) {
  switch (s) {
    case Severity::kError: return "error";
    case Severity::kWarning: return "warning";
    case Severity::kNote: return "notice";
  }
  return "warning";
}

}  // namespace

std::string github_report(const ReportInput& in) {
  ClaimLocator locator(in.documents);
  std::string out;
  for (const Finding& f : in.result.findings) {
    if (f.claims.empty()) continue;
    const ClaimPlace at = locator.place(f.claims.back());
    std::string message = sanitize_controls(f.message);
    for (const Claim& c : f.claims) {
      const ClaimPlace p = locator.place(c);
      message += fmt::format("\n{} {} (reported {}) {}:{}:{} \xC2\xAB {} \xC2\xBB", c.value.display(),
                             modality_name(c.modality), p.reported, sanitize_controls(p.document->path), p.line,
                             p.column, sanitize_controls(p.quote));
    }
    const std::string title =
        fmt::format("{} {}: {}", f.rule.str(), f.status.str(), sanitize_controls(f.subject_name.str()));
    out += fmt::format("::{} file={},line={},col={},endLine={},endColumn={},title={}::{}\n", command_for(f.severity),
                       workflow_escape_property(sanitize_controls(document_file(*at.document))), at.line, at.column,
                       at.end_line, at.end_column, workflow_escape_property(title), workflow_escape_data(message));
  }
  for (const Error& e : in.skipped)
    out += fmt::format("::error file={},title=skipped input::{}\n", workflow_escape_property(sanitize_controls(e.file)),
                       workflow_escape_data(sanitize_controls(e.to_string())));
  return out;
}

}  // namespace checker
