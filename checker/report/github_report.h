// GitHub Actions workflow commands: one annotation per finding.
#pragma once

#include <string>

#include "checker/report/report.h"

namespace checker {

/// "::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message" at each finding's
/// newest claim (::error, ::warning, ::notice by severity); the message lists every claim.
std::string github_report(const ReportInput& in);

}  // namespace checker
