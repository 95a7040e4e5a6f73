// Splitting findings into the ones a baseline hides and the ones it shows.
#include "checker/engine/baseline.h"

namespace checker {

BaselineSplit apply_baseline(std::vector<Finding> findings, const std::set<std::string>& known_ids) {
  BaselineSplit split;
  // Shown findings stay in `findings`, moved down over the hidden ones: not a second copy.
  size_t kept = 0;
  for (size_t k = 0; k < findings.size(); ++k) {
    if (known_ids.count(findings[k].id))
      split.hidden.push_back(std::move(findings[k]));
    else if (kept++ != k)
      findings[kept - 1] = std::move(findings[k]);
  }
  findings.erase(findings.begin() + static_cast<std::ptrdiff_t>(kept), findings.end());
  split.shown = std::move(findings);
  return split;
}

}  // namespace checker
