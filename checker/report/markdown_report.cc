// Markdown digest writer (GitHub-flavoured: tables). Every piece of document text goes through
// markdown_escape; quotes open with « so no line can start a heading or a list.
#include "checker/report/markdown_report.h"

#include <fmt/format.h>

#include "checker/report/claim_place.h"
#include "checker/report/escape.h"
#include "checker/report/summary.h"

namespace checker {
namespace {

std::string finding_section(const ReportInput& in, const Finding& f, ClaimLocator& locator) {
  std::string out = fmt::format("**{}** · {} · {} / {} · `{}`\n\n{}\n\n", severity_name(f.severity),
                                markdown_escape(f.rule.str()), markdown_escape(f.kind.str()),
                                markdown_escape(f.status.str()),
                                f.id, markdown_escape(f.message));
  out += "| # | Reported | Value | Modality | Source |\n|---:|---|---|---|---|\n";
  std::string quotes;
  for (size_t i = 0; i < f.claims.size(); ++i) {
    const Claim& c = f.claims[i];
    const ClaimPlace p = locator.place(c);
    const std::string where = fmt::format("{}:{}:{}", p.document->path, p.line, p.column);
    out += fmt::format("| {} | {} | {} | {} | [{}](<{}#L{}>) |\n", i + 1, p.reported,
                       markdown_escape(c.value.display()), modality_name(c.modality), markdown_escape(where),
                       document_href(in, p.document->path), p.line);
    quotes += fmt::format("{}. {} — *{}*\n\n   > « {} »\n\n", i + 1, markdown_escape(p.document->title.empty()
                                                                             ? p.document->path
                                                                             : p.document->title),
                          p.reported, mark_value(p, markdown_escape, "**", "**"));
  }
  return out + "\n" + quotes;
}

}  // namespace

std::string markdown_report(const ReportInput& in) {
  const ReportSummary s = summarize_report(in);
  std::string out = "# Fact-check report\n\n" + summary_line(s) + ".\n";
  if (in.result.findings.empty()) out += "\nNo conflicting claims were found.\n";
  ClaimLocator locator(in.documents);
  std::string subject;
  bool first = true;
  for (const Finding& f : in.result.findings) {
    if (first || f.subject_id.str() != subject) {
      out += "\n## " + markdown_escape(f.subject_name.str()) + "\n";
      subject = f.subject_id;
      first = false;
    }
    out += "\n" + finding_section(in, f, locator);
  }
  if (!in.skipped.empty()) {
    out += "\n## Skipped inputs\n\n";
    for (const Error& e : in.skipped) out += "- " + markdown_escape(e.to_string()) + "\n";
  }
  // Sections are appended with generous spacing; one blank line between blocks is enough.
  for (size_t at; (at = out.find("\n\n\n")) != std::string::npos;) out.erase(at, 1);
  while (out.size() > 1 && out[out.size() - 2] == '\n') out.pop_back();
  return out;
}

}  // namespace checker
