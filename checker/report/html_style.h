// The HTML report's stylesheet, inlined so the page stands alone.
#pragma once

namespace checker {

/// CSS for html_report(): system fonts only (no downloads), a readable measure, severity
/// colors, timeline styles, and a print layout (no shadows, timelines and claims unbroken).
extern const char* const kHtmlReportCss;

}  // namespace checker
