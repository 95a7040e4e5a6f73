// What every reporter receives: the documents, the audit result, what was skipped.
#pragma once

#include <string>
#include <vector>

#include "checker/core/document.h"
#include "checker/core/error.h"
#include "checker/engine/audit.h"

namespace checker {

struct ReportInput {
  const std::vector<Document>& documents;
  const AuditResult& result;
  const Diagnostics& skipped;
};

/// Formats this build can write ("text", "json").
const std::vector<std::string>& report_formats();

/// Renders the report in `format` (one of report_formats()). `color` asks for ANSI colors
/// (text only).
std::string render_report(const std::string& format, const ReportInput& in, bool color);

/// The format implied by a file name's extension (".json" -> "json", ".txt" -> "text"), or "".
std::string format_for_path(const std::string& path);

}  // namespace checker
