// Baselines: findings already known (recorded by id) are hidden from reports and exit codes.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "checker/core/finding.h"

namespace checker {

struct BaselineSplit {
  std::vector<Finding> shown;   // not in the baseline, in their original order
  std::vector<Finding> hidden;  // recorded in the baseline, in their original order
};

/// Splits `findings` by whether their id (the fingerprint) is in `known_ids`. Ids of the
/// baseline that match no finding are ignored: the finding was fixed.
///   apply_baseline({a, b}, {a.id}) == {shown: {b}, hidden: {a}}
/// The findings are moved into the split (pass them with std::move: they are not held twice).
BaselineSplit apply_baseline(std::vector<Finding> findings, const std::set<std::string>& known_ids);

}  // namespace checker
