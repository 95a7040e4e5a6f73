// The baseline file: JSON {"version": 1, "tool": "checker", "findings": [{id, rule, subject, message}]}.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "checker/core/error.h"
#include "checker/core/finding.h"

namespace checker {

/// The baseline file's text for `findings`: entries sorted by id, one per distinct id, two-space
/// indentation, a final newline. The same findings give the same bytes.
std::string render_baseline(const std::vector<Finding>& findings);

/// The ids recorded in the baseline file at `path`. Errors name the file and: "baseline file
/// not found"; line:column for malformed JSON; a JSON pointer for a wrong shape (what is
/// allowed there).
Result<std::set<std::string>> read_baseline(const std::string& path);

}  // namespace checker
