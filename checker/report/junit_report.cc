// JUnit XML writer. Everything from documents goes through xml_escape, which also drops the
// characters XML 1.0 forbids, so the file always parses; controls and bidi overrides are made
// visible first (sanitize_controls), since CI pages show this text to people.
#include "checker/report/junit_report.h"

#include <fmt/format.h>

#include "checker/report/claim_place.h"
#include "checker/report/escape.h"

namespace checker {

std::string junit_report(const ReportInput& in) {
  ClaimLocator locator(in.documents);
  std::string cases;
  for (const Finding& f : in.result.findings) {
    if (f.claims.empty()) continue;
    const ClaimPlace newest = locator.place(f.claims.back());
    std::string text = f.message + "\n";
    for (const Claim& c : f.claims) {
      const ClaimPlace p = locator.place(c);
      text += fmt::format("\n{}:{}:{}: {} {} (reported {})\n  \xC2\xAB {} \xC2\xBB\n", p.document->path, p.line,
                          p.column, c.value.display(), modality_name(c.modality), p.reported, p.quote);
    }
    cases += fmt::format(
        "    <testcase classname=\"{}\" name=\"{}\" file=\"{}\" line=\"{}\">\n"
        "      <failure type=\"{}\" message=\"{}\">{}</failure>\n"
        "    </testcase>\n",
        xml_escape(f.rule.str()), xml_escape(f.subject_name.str() + " " + f.status.str() + " " + f.id),
        xml_escape(document_file(*newest.document)), newest.line,
        xml_escape(f.kind.str() + " " + severity_name(f.severity)),
        xml_escape(sanitize_controls(f.message)), xml_escape(sanitize_controls(text, true)));
  }
  for (const Error& e : in.skipped)
    cases += fmt::format(
        "    <testcase classname=\"input\" name=\"{}\" file=\"{}\">\n"
        "      <error type=\"skipped-input\" message=\"{}\">{}</error>\n"
        "    </testcase>\n",
        xml_escape("read " + e.file), xml_escape(e.file), xml_escape(e.message), xml_escape(e.to_string()));
  const size_t findings = in.result.findings.size();
  return fmt::format(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<testsuites name=\"checker\" tests=\"{0}\" failures=\"{1}\" errors=\"{2}\">\n"
      "  <testsuite name=\"checker audit\" tests=\"{0}\" failures=\"{1}\" errors=\"{2}\" skipped=\"0\">\n"
      "{3}"
      "  </testsuite>\n"
      "</testsuites>\n",
      findings + in.skipped.size(), findings, in.skipped.size(), cases);
}

}  // namespace checker
