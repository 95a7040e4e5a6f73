// The terminal report: findings grouped by subject, each claim with path:line:col and quote.
#pragma once

#include <string>

#include "checker/report/report.h"
#include "checker/report/report_sink.h"

namespace checker {

std::string text_report(const ReportInput& in, bool color);
/// The same bytes, written to `sink` one finding at a time.
void write_text_report(const ReportInput& in, bool color, ReportSink* sink);

}  // namespace checker
