// The SARIF 2.1.0 report, shaped for GitHub code scanning.
#pragma once

#include <nlohmann/json.hpp>

#include "checker/report/report.h"

namespace checker {

/// One run: the rules (from the pack, else from the findings), one result per finding located
/// at its newest claim, the earlier claims as related locations linked from the message.
nlohmann::ordered_json sarif_report(const ReportInput& in);

}  // namespace checker
