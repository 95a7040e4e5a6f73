// Text report writer. Quotes are printed with control characters replaced, so a document can
// never drive the terminal.
#include "checker/report/text_report.h"

#include <fmt/color.h>
#include <fmt/format.h>

#include "checker/report/claim_place.h"
#include "checker/report/escape.h"
#include "checker/report/summary.h"

namespace checker {
namespace {

std::string paint(bool color, fmt::text_style style, const std::string& s) {
  return color ? fmt::format(style, "{}", s) : s;
}

fmt::text_style severity_style(Severity s) {
  switch (s) {
    case Severity::kError: return fmt::fg(fmt::terminal_color::bright_red) | fmt::emphasis::bold;
    case Severity::kWarning: return fmt::fg(fmt::terminal_color::yellow) | fmt::emphasis::bold;
    case Severity::kNote: return fmt::fg(fmt::terminal_color::cyan);
  }
  return {};
}

}  // namespace

std::string text_report(const ReportInput& in, bool color) {
  std::string text;
  {
    ReportSink sink([&](std::string_view chunk) { text += chunk; });
    write_text_report(in, color, &sink);
  }
  return text;
}

void write_text_report(const ReportInput& in, bool color, ReportSink* sink) {
  ReportSink& out = *sink;
  ClaimLocator locator(in.documents);
  std::string current_subject;
  for (const Finding& f : in.result.findings) {
    if (f.subject_id != current_subject || out.empty()) {
      current_subject = f.subject_id;
      out += "\n" + paint(color, fmt::emphasis::bold, sanitize_controls(f.subject_name.str())) +
             paint(color, fmt::fg(fmt::terminal_color::bright_black),
                   " [" + sanitize_controls(f.subject_id.str()) + "]") +
             "\n";
    }
    out += fmt::format("  {} {} {} ({}, {})\n", paint(color, severity_style(f.severity), severity_name(f.severity)),
                       f.kind.str(), f.status.str(), f.rule.str(), f.attribute.str());
    out += "    " + sanitize_controls(f.message) + "\n";
    for (const Claim& c : f.claims) {
      const ClaimPlace p = locator.place(c);
      const std::string where = fmt::format("{}:{}:{}", p.document->path, p.line, p.column);
      out += fmt::format("    {} {} {} (reported {})\n", paint(color, fmt::emphasis::bold, c.value.display()),
                         modality_name(c.modality), paint(color, fmt::fg(fmt::terminal_color::blue),
                                                          sanitize_controls(where)),
                         p.reported);
      out += "      \xC2\xAB " + sanitize_controls(p.quote) + " \xC2\xBB\n";
    }
  }
  for (const Error& e : in.skipped)
    out += paint(color, fmt::fg(fmt::terminal_color::magenta), "skipped: ") + sanitize_controls(e.to_string()) + "\n";
  for (const Error& e : in.stale_suppressions) out += "warning: " + sanitize_controls(e.to_string()) + "\n";
  out += "\n" + summary_line(summarize_report(in)) + "\n";
}

}  // namespace checker
