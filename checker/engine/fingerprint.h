// Finding ids that survive line moves and edits elsewhere in the documents.
#pragma once

#include <string>
#include <vector>

#include "checker/core/document.h"
#include "checker/core/finding.h"

namespace checker {

/// 16 hex digits of FNV-1a 64 over the rule, subject, attribute, status and, per claim, the
/// document path, the normalized value (as data, not as displayed) and the quote text. No line
/// numbers, no offsets.
std::string fingerprint(const Finding& f, const std::vector<Document>& documents);

}  // namespace checker
