// The HTML report: one self-contained page for editors.
#pragma once

#include <string>

#include "checker/report/report.h"

namespace checker {

/// A summary header, then a card per subject: severity, rule, kind and status, the message, a
/// timeline drawn as inline SVG, and the claims with their quotes (value highlighted), dates
/// and source links. No scripts, no external resources; inline CSS, print-friendly.
std::string html_report(const ReportInput& in);

}  // namespace checker
