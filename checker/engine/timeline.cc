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

namespace {

struct Days {
  long first;
  long last;
};

bool names_a_third(const PartialDate& d) { return d.mod == "START" || d.mod == "MID" || d.mod == "END"; }

Days meant_days(const PartialDate& d) {
  const long first = d.first_day(), last = d.last_day();
  const bool start = d.mod == "START", mid = d.mod == "MID";
  if (!names_a_third(d)) return {first, last};
  if (d.precision == Precision::kYear) {  // "early", "mid-", "late 2026": January–April, May–August, September–December
    const int from = start ? 1 : mid ? 5 : 9;
    return {days_from_civil(d.year, from, 1), days_from_civil(d.year, from + 3, days_in_month(d.year, from + 3))};
  }
  const long third = (last - first + 1) / 3;
  if (third == 0) return {first, last};
  if (start) return {first, first + third - 1};
  if (mid) return {first + third, last - third};
  return {last - third + 1, last};
}

}  // namespace

bool same_target(const PartialDate& a, const PartialDate& b) {
  const Days x = meant_days(a), y = meant_days(b);
  // A start, middle or end is vague at its edges: two targets of which one has one are the same
  // when they overlap ("mid-2026" after "the first half of 2026"); others when one holds the other.
  if (names_a_third(a) || names_a_third(b)) return x.first <= y.last && y.first <= x.last;
  return (x.first <= y.first && y.last <= x.last) || (y.first <= x.first && x.last <= y.last);
}

}  // namespace checker
