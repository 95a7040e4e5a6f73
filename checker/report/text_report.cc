// Text report writer. Quotes are printed with control characters replaced, so a document can
// never drive the terminal.
#include "checker/report/text_report.h"

#include <memory>

#include <fmt/color.h>
#include <fmt/format.h>

#include "checker/text/line_index.h"

namespace checker {
namespace {

std::string clean(std::string_view s) {
  std::string out;
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '\n' || c == '\r' || c == '\t') out += ' ';
    else if (u < 0x20 || u == 0x7F) out += "\xEF\xBF\xBD";  // U+FFFD
    else out += c;
  }
  return out;
}

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
  std::string out;
  std::vector<std::unique_ptr<LineIndex>> lines(in.documents.size());
  std::string current_subject;
  int counts[3] = {0, 0, 0};
  for (const Finding& f : in.result.findings) {
    ++counts[static_cast<int>(f.severity)];
    if (f.subject_id != current_subject || out.empty()) {
      current_subject = f.subject_id;
      out += "\n" + paint(color, fmt::emphasis::bold, clean(f.subject_name)) +
             paint(color, fmt::fg(fmt::terminal_color::bright_black), " [" + f.subject_id + "]") + "\n";
    }
    out += fmt::format("  {} {} {} ({}, {})\n", paint(color, severity_style(f.severity), severity_name(f.severity)),
                       f.kind, f.status, f.rule, f.attribute);
    out += "    " + clean(f.message) + "\n";
    for (const Claim& c : f.claims) {
      const Document& d = in.documents[c.document];
      if (!lines[c.document]) lines[c.document] = std::make_unique<LineIndex>(d.text);
      const LineCol lc = lines[c.document]->at(c.span.start);
      const std::string where = fmt::format("{}:{}:{}", d.path, lc.line + d.line_base - 1, lc.column);
      out += fmt::format("    {} {} {} (reported {})\n", paint(color, fmt::emphasis::bold, c.value.display()),
                         modality_name(c.modality), paint(color, fmt::fg(fmt::terminal_color::blue), clean(where)),
                         d.date ? d.date->timex() : "undated");
      out += "      \xC2\xAB " + clean(d.text.substr(c.span.start, c.span.end - c.span.start)) + " \xC2\xBB\n";
    }
  }
  for (const Error& e : in.skipped)
    out += paint(color, fmt::fg(fmt::terminal_color::magenta), "skipped: ") + clean(e.to_string()) + "\n";
  out += fmt::format("\n{} document{}, {} claims, {} finding{} ({} error, {} warning, {} note){}\n",
                     in.documents.size(), in.documents.size() == 1 ? "" : "s", in.result.claims.size(),
                     in.result.findings.size(), in.result.findings.size() == 1 ? "" : "s", counts[2],
                     counts[1], counts[0],
                     in.skipped.empty() ? "" : fmt::format(", {} input(s) skipped", in.skipped.size()));
  return out;
}

}  // namespace checker
