// Timelines of one finding as inline SVG, for the HTML report.
#pragma once

#include <string>
#include <vector>

#include "checker/core/document.h"
#include "checker/core/finding.h"

namespace checker {

/// An <svg> element (with a <title> for screen readers) that draws the finding's claims over
/// time: schedule-slip plots target date against date reported; status-conflict draws one
/// band per status from its claim's date to the next; value-conflict compares values as bars.
/// Returns "" when nothing can be drawn (e.g. every document undated). Text is HTML-escaped.
std::string html_timeline(const Finding& f, const std::vector<Document>& documents);

}  // namespace checker
