// One-to-one matching of predicted and expected values.
#include "score.h"

namespace checker::eval {

void match(const std::vector<Item>& expected, const std::vector<Item>& predicted, bool strict,
           bool values, const std::string& prefix, Scores* scores, std::vector<bool>* found_out,
           std::vector<bool>* used_out) {
  std::vector<bool> used(predicted.size(), false);
  if (found_out) found_out->clear();
  for (const Item& e : expected) {
    Score& s = (*scores)[prefix + e.category];
    bool found = false;
    for (size_t i = 0; i < predicted.size() && !found; ++i) {
      const Item& p = predicted[i];
      if (used[i] || p.category != e.category) continue;
      const bool span = strict ? (p.start == e.start && p.end == e.end) : (p.start < e.end && e.start < p.end);
      if (span && (!values || p.value == e.value)) used[i] = found = true;
    }
    if (found) ++s.tp;
    else ++s.fn;
    if (found_out) found_out->push_back(found);
  }
  if (used_out) *used_out = used;
  for (size_t i = 0; i < predicted.size(); ++i)
    if (!used[i]) ++(*scores)[prefix + predicted[i].category].fp;
}

}  // namespace checker::eval
