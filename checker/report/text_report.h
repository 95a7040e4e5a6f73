// The terminal report: findings grouped by subject, each claim with path:line:col and quote.
#pragma once

#include <string>

#include "checker/report/report.h"

namespace checker {

std::string text_report(const ReportInput& in, bool color);

}  // namespace checker
