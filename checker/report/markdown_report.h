// The Markdown report: an editorial digest, one section per subject.
#pragma once

#include <string>

#include "checker/report/report.h"

namespace checker {

/// A title and the summary, then per subject: each finding's severity, rule and message, a
/// table of its claims in time order (reported, value, modality, source link) and the quotes
/// as blockquotes with the value in bold. Document text is escaped (markdown_escape).
std::string markdown_report(const ReportInput& in);

}  // namespace checker
