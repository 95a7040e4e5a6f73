// The JSON report: a stable, versioned schema documented in docs/json-report.md.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "checker/report/report.h"
#include "checker/report/report_sink.h"

namespace checker {

/// Bumped on any incompatible change of the JSON report's shape.
inline constexpr int kJsonReportVersion = 1;

/// The report as `--format json` writes it (two-space indented, a final line break).
std::string json_report_text(const ReportInput& in);
/// The same bytes, written to `sink` one document or finding at a time.
void write_json_report(const ReportInput& in, ReportSink* sink);
/// One value as the report writes it ({"type": "date", "timex": "2025-12", …}).
nlohmann::ordered_json value_json(const Value& v);

}  // namespace checker
