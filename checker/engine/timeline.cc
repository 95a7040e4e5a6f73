// Time order for claims.
#include "checker/engine/timeline.h"

#include <algorithm>

namespace checker {

std::vector<const Claim*> in_reported_order(const std::vector<const Claim*>& claims,
                                            const ClaimIndex& index) {
  std::vector<const Claim*> out;
  for (const Claim* c : claims)
    if (index.reported(*c)) out.push_back(c);
  std::stable_sort(out.begin(), out.end(), [&](const Claim* a, const Claim* b) {
    const PartialDate& da = *index.reported(*a);
    const PartialDate& db = *index.reported(*b);
    if (da.first_day() != db.first_day()) return da.first_day() < db.first_day();
    if (a->document != b->document) return a->document < b->document;
    const bool ia = a->modality == Modality::kInitial, ib = b->modality == Modality::kInitial;
    if (ia != ib) return ia;
    return a->span.start < b->span.start;
  });
  return out;
}

std::string reported_timex(const Claim& c, const ClaimIndex& index) {
  const auto& d = index.reported(c);
  return d ? d->timex() : "undated";
}

bool same_target(const PartialDate& a, const PartialDate& b) {
  return (a.first_day() <= b.first_day() && b.last_day() <= a.last_day()) ||
         (b.first_day() <= a.first_day() && a.last_day() <= b.last_day());
}

}  // namespace checker
