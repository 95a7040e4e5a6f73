// Suppression comments in documents: a finding whose claim lies in a suppressed region is hidden.
//   <!-- checker-disable-next-line RULE reason: … -->  the claims starting on the next line
//   <!-- checker-disable RULE reason: … --> … <!-- checker-enable RULE -->  the lines between
//     (to the end of the document without an enable)
#pragma once

#include <string>
#include <vector>

#include "checker/core/document.h"
#include "checker/core/error.h"
#include "checker/core/finding.h"

namespace checker {

struct Suppression {
  size_t document = 0;  // index into the documents
  int line = 0;         // of the comment, as reported (front matter counted)
  std::string rule;
  int first_line = 0;   // suppressed lines, inclusive, in the same numbering
  int last_line = 0;
};

struct SuppressionScan {
  std::vector<Suppression> suppressions;
  /// Comments that must be fixed: no "reason:", an enable without a disable. They suppress
  /// nothing; each names the file and line:column.
  Diagnostics errors;
};

/// Finds the suppression comments of every document (RE2).
SuppressionScan scan_suppressions(const std::vector<Document>& documents);

struct SuppressionSplit {
  std::vector<Finding> shown;
  std::vector<Finding> suppressed;
  /// Suppressions that matched no finding: "file:line:column: stale suppression of RULE …".
  Diagnostics stale;
};

/// A finding is suppressed when any of its claims starts on a line that a suppression of its
/// rule covers in that claim's document. The findings are moved into the split (pass them with
/// std::move: an archive's findings are not held twice).
SuppressionSplit apply_suppressions(std::vector<Finding> findings, const SuppressionScan& scan,
                                    const std::vector<Document>& documents);

}  // namespace checker
