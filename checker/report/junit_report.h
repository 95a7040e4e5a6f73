// The JUnit XML report: one test suite, one failing test case per finding.
#pragma once

#include <string>

#include "checker/report/report.h"

namespace checker {

/// Test cases are named "<subject> <status> <finding id>" (unique), classed by rule id, and
/// point at the newest claim's file; each <failure> lists every claim. Skipped inputs are
/// test cases with an <error>.
std::string junit_report(const ReportInput& in);

}  // namespace checker
