// The HTML report writer: one page, inline CSS and SVG, no script. Every piece of document text
// goes through html_escape (controls and bidi overrides neutralized, markup inert).
#include "checker/report/html_report.h"

#include <fmt/format.h>

#include "checker/report/claim_place.h"
#include "checker/report/escape.h"
#include "checker/report/html_style.h"
#include "checker/report/html_timeline.h"
#include "checker/report/summary.h"

namespace checker {
namespace {

std::string claim_item(const ReportInput& in, const Claim& c, const ClaimPlace& p) {
  const Document& d = *p.document;
  const std::string title = d.title.empty() ? "" : " — " + html_escape(d.title);
  return fmt::format(
      "<li><div class=\"claim-head\"><span class=\"value\">{}</span><span class=\"modality\">{}</span>"
      "<span class=\"when\">reported {}</span></div>\n"
      "<blockquote{}>« {} »</blockquote>\n"
      "<div class=\"source\"><a href=\"{}\">{}</a>:{}:{}{}</div></li>\n",
      html_escape(c.value.display()), modality_name(c.modality), html_escape(p.reported),
      d.lang.empty() ? "" : " lang=\"" + html_escape(d.lang.str()) + "\"", mark_value(p, html_escape, "<mark>", "</mark>"),
      html_escape(document_href(in, d.path)), html_escape(d.path), p.line, p.column, title);
}

std::string finding_section(const ReportInput& in, const Finding& f, ClaimLocator& locator) {
  const char* sev = severity_name(f.severity);
  std::string out = fmt::format(
      "<section class=\"finding\" id=\"f-{}\">\n<div class=\"meta\"><span class=\"badge {}\">{}</span>"
      "<span>{} · {}</span><code>{}</code></div>\n<p class=\"message\">{}</p>\n",
      html_escape(f.id), sev, sev, html_escape(f.kind.str()), html_escape(f.status.str()), html_escape(f.rule.str()),
      html_escape(f.message));
  out += html_timeline(f, in.documents) + "\n<ol class=\"claims\">\n";
  for (const Claim& c : f.claims) out += claim_item(in, c, locator.place(c));
  return out + "</ol>\n</section>\n";
}

std::string stats(const ReportSummary& s) {
  std::string out = "<ul class=\"stats\">\n";
  auto item = [&](const char* cls, size_t n, const char* what) {
    out += fmt::format("<li class=\"{}\"><b>{}</b><span>{}</span></li>\n", cls, n, what);
  };
  item("", s.documents, "documents");
  item("", s.claims, "claims");
  item("error", static_cast<size_t>(s.error), "errors");
  item("warning", static_cast<size_t>(s.warning), "warnings");
  item("note", static_cast<size_t>(s.note), "notes");
  if (s.skipped) item("error", s.skipped, "inputs skipped");
  return out + "</ul>\n";
}

// The corpus at a glance: an editor sees which documents were read, and which are undated.
std::string documents_table(const ReportInput& in) {
  std::string out =
      "<article class=\"subject documents\">\n<h2>Documents read</h2>\n<table>\n<thead><tr><th>Date</th>"
      "<th>Document</th><th class=\"num\">Claims</th></tr></thead>\n<tbody>\n";
  for (size_t i = 0; i < in.documents.size(); ++i) {
    const Document& d = in.documents[i];
    out += fmt::format("<tr><td>{}</td><td><a href=\"{}\">{}</a>{}</td><td class=\"num\">{}</td></tr>\n",
                       d.date ? d.date->timex() : "undated", html_escape(document_href(in, d.path)),
                       html_escape(d.path), d.title.empty() ? "" : "<br><span>" + html_escape(d.title) + "</span>",
                       i < in.result.claims_per_document.size() ? in.result.claims_per_document[i] : 0);
  }
  return out + "</tbody>\n</table>\n</article>\n";
}

}  // namespace

std::string html_report(const ReportInput& in) {
  const ReportSummary s = summarize_report(in);
  std::string out = fmt::format(
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>Fact-check report: {} finding{}</title>\n<style>{}</style>\n</head>\n<body>\n"
      "<header>\n<h1>Fact-check report</h1>\n<p class=\"lede\">{}.</p>\n{}</header>\n<main>\n",
      s.findings, s.findings == 1 ? "" : "s", kHtmlReportCss, html_escape(summary_line(s)), stats(s));
  if (in.result.findings.empty()) out += "<p class=\"empty\">No conflicting claims were found.</p>\n";
  ClaimLocator locator(in.documents);
  for (size_t i = 0; i < in.result.findings.size();) {
    const Finding& first = in.result.findings[i];
    out += fmt::format("<article class=\"subject\">\n<h2>{}</h2>\n<p class=\"subject-id\">{} · {}</p>\n",
                       html_escape(first.subject_name.str()), html_escape(first.subject_id.str()),
                       html_escape(first.attribute.str()));
    for (; i < in.result.findings.size() && in.result.findings[i].subject_id == first.subject_id; ++i)
      out += finding_section(in, in.result.findings[i], locator);
    out += "</article>\n";
  }
  if (!in.skipped.empty()) {
    out += "<article class=\"subject\">\n<h2>Skipped inputs</h2>\n<ul>\n";
    for (const Error& e : in.skipped) out += "<li>" + html_escape(e.to_string()) + "</li>\n";
    out += "</ul>\n</article>\n";
  }
  if (!in.documents.empty()) out += documents_table(in);
  return out + fmt::format("</main>\n<footer>checker {} · paths as given on the command line; lines and columns "
                           "1-based, columns in Unicode code points.</footer>\n</body>\n</html>\n",
                           CHECKER_VERSION);
}

}  // namespace checker
