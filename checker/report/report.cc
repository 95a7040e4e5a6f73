// Dispatch to the reporter of each format.
#include "checker/report/report.h"

#include "checker/report/json_report.h"
#include "checker/report/text_report.h"

namespace checker {

const std::vector<std::string>& report_formats() {
  static const std::vector<std::string> formats = {"text", "json"};
  return formats;
}

std::string render_report(const std::string& format, const ReportInput& in, bool color) {
  if (format == "json") return json_report(in).dump(2) + "\n";
  return text_report(in, color);
}

std::string format_for_path(const std::string& path) {
  auto ends = [&](const char* ext) {
    const std::string e(ext);
    return path.size() >= e.size() && path.compare(path.size() - e.size(), e.size(), e) == 0;
  };
  if (ends(".json")) return "json";
  if (ends(".txt") || ends(".text")) return "text";
  return "";
}

}  // namespace checker
