// Dispatch to the reporter of each format.
#include "checker/report/report.h"

#include "checker/report/escape.h"
#include "checker/report/github_report.h"
#include "checker/report/html_report.h"
#include "checker/report/json_report.h"
#include "checker/report/junit_report.h"
#include "checker/report/markdown_report.h"
#include "checker/report/sarif_report.h"
#include "checker/report/text_report.h"

namespace checker {

const std::vector<std::string>& report_formats() {
  static const std::vector<std::string> formats = {"text", "json", "sarif", "junit", "github", "markdown", "html"};
  return formats;
}

std::string render_report(const std::string& format, const ReportInput& in, bool color) {
  if (format == "json") return json_report_text(in);
  if (format == "sarif") return sarif_report(in).dump(2) + "\n";
  if (format == "junit") return junit_report(in);
  if (format == "github") return github_report(in);
  if (format == "markdown") return markdown_report(in);
  if (format == "html") return html_report(in);
  return text_report(in, color);
}

void write_report(const std::string& format, const ReportInput& in, bool color, const ChunkWriter& write) {
  ReportSink sink(write);
  if (format == "json") return write_json_report(in, &sink);
  if (format == "sarif" || format == "junit" || format == "github" || format == "markdown" || format == "html") {
    sink += render_report(format, in, color);
    return;
  }
  write_text_report(in, color, &sink);  // as render_report: any other name is the text report
}

std::string format_for_path(const std::string& path) {
  auto ends = [&](const char* ext) {
    const std::string e(ext);
    return path.size() >= e.size() && path.compare(path.size() - e.size(), e.size(), e) == 0;
  };
  if (ends(".json")) return "json";
  if (ends(".txt") || ends(".text")) return "text";
  if (ends(".sarif")) return "sarif";
  if (ends(".xml")) return "junit";
  if (ends(".md") || ends(".markdown")) return "markdown";
  if (ends(".html") || ends(".htm")) return "html";
  return "";
}

std::string document_href(const ReportInput& in, const std::string& path) {
  const bool relative = !path.empty() && path[0] != '/';
  return path_to_uri(relative ? in.link_prefix + path : path);
}

}  // namespace checker
