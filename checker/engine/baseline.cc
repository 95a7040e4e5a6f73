// Splitting findings into the ones a baseline hides and the ones it shows.
#include "checker/engine/baseline.h"

namespace checker {

BaselineSplit apply_baseline(const std::vector<Finding>& findings, const std::set<std::string>& known_ids) {
  BaselineSplit split;
  for (const Finding& f : findings) (known_ids.count(f.id) ? split.hidden : split.shown).push_back(f);
  return split;
}

}  // namespace checker
