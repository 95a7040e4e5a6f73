// The JSON report: a stable, versioned schema documented in docs/json-report.md.
#pragma once

#include <nlohmann/json.hpp>

#include "checker/report/report.h"

namespace checker {

/// Bumped on any incompatible change of the JSON report's shape.
inline constexpr int kJsonReportVersion = 1;

nlohmann::ordered_json json_report(const ReportInput& in);
/// One value as the report writes it ({"type": "date", "timex": "2025-12", …}).
nlohmann::ordered_json value_json(const Value& v);

}  // namespace checker
