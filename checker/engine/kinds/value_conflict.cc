// value-conflict.
#include "checker/engine/kinds/value_conflict.h"

#include <algorithm>
#include <cmath>
#include <map>

#include <fmt/format.h>

#include "checker/engine/timeline.h"

namespace checker {
namespace {

std::string unit_of(const Value& v) {
  if (v.type == ValueType::kDate) return "date";
  return v.type == ValueType::kAmount ? v.currency : v.type == ValueType::kQuantity ? v.unit : "";
}

bool compatible(const Claim& ca, const Claim& cb, double tolerance) {
  const Value& a = ca.value;
  const Value& b = cb.value;
  if (a.type == ValueType::kDate)  // dates at their common precision: the periods overlap
    return a.date.first_day() <= b.date.last_day() && b.date.first_day() <= a.date.last_day();
  const double lo_a = a.lower.value_or(a.amount), hi_a = a.upper.value_or(a.amount);
  const double lo_b = b.lower.value_or(b.amount), hi_b = b.upper.value_or(b.amount);
  // Each value stands for the interval its written digits allow, rounded half up: "6 ft 8 in" is
  // [6 ft 7.5 in, 6 ft 8.5 in), so it meets "6 ft 9 in" nowhere, while "20 acres" holds
  // "20.5 acres" (known to 20.45–20.55). An exact or bounded end is closed. The relative
  // tolerance widens both.
  const double widen = tolerance * std::max(std::fabs(hi_a), std::fabs(hi_b));
  const double rounding = 1e-9 * std::max({std::fabs(hi_a), std::fabs(hi_b), std::fabs(lo_a), std::fabs(lo_b)});
  auto reaches = [&](double top, double top_precision, double bottom, double bottom_precision) {
    const double gap = (bottom - bottom_precision) - (top + top_precision) - widen;
    return top_precision > 0 ? gap < -rounding : gap <= rounding;
  };
  return reaches(hi_a, ca.written_precision, lo_b, cb.written_precision) &&
         reaches(hi_b, cb.written_precision, lo_a, ca.written_precision);
}

}  // namespace

std::string ValueConflict::validate(const nlohmann::json& params) const {
  if (!params.contains("families") || !params["families"].is_array() || params["families"].empty())
    return "/families: required, a non-empty array of attribute families such as [\"measure\"]";
  for (size_t i = 0; i < params["families"].size(); ++i)
    if (!params["families"][i].is_string()) return "/families/" + std::to_string(i) + ": must be a string";
  if (params.contains("tolerance") &&
      (!params["tolerance"].is_number() || params["tolerance"].get<double>() < 0))
    return "/tolerance: must be a non-negative number (a fraction, e.g. 0.005)";
  return "";
}

void ValueConflict::run(const RuleInstance& rule, const ClaimIndex& index, std::vector<Finding>* out) const {
  const auto families = rule.params["families"].get<std::vector<std::string>>();
  const double tolerance = rule.params.value("tolerance", 0.0);
  for (const auto& [key, claims] : index.groups()) {
    if (std::find(families.begin(), families.end(), key.second) == families.end()) continue;
    // Sub-group by attribute, unit, modality class and valid time.
    std::map<std::string, std::vector<const Claim*>> buckets;
    for (const Claim* c : in_reported_order(claims, index)) {
      if (c->value.type == ValueType::kStatus) continue;
      // Dates: only what happened (a birth, a founding); moving plans are schedule slips.
      const bool date = c->value.type == ValueType::kDate;
      if (date && (c->modality != Modality::kActual || !c->value.resolved)) continue;
      // Without a valid time in the text, a lasting property (a length) holds whenever it is
      // reported; anything else (a cost, a rate) holds at its document's date. An event's date
      // is its own time.
      const std::string when = date ? "always"
                               : c->as_of ? c->as_of->timex()
                               : c->stable ? "always"
                                           : index.reported(*c)->timex();
      const bool planned = c->modality != Modality::kActual;
      buckets[c->attribute + "|" + unit_of(c->value) + "|" + (planned ? "p" : "a") + "|" + when].push_back(c);
    }
    for (const auto& [bucket, list] : buckets) {
      for (size_t i = 1; i < list.size(); ++i) {
        const Claim* a = list.front();
        const Claim* b = list[i];
        if (a->document == b->document || compatible(*a, *b, tolerance)) continue;
        Finding f = new_finding(rule, name(), "contradiction", rule.severity, *a);
        f.claims = {a, b};
        f.message = fmt::format("{}: {} is {} in {} but {} in {}", f.subject_name.str(), f.attribute.str(),
                                a->value.display(), index.documents()[a->document].path,
                                b->value.display(), index.documents()[b->document].path);
        out->push_back(std::move(f));
        break;
      }
    }
  }
}

}  // namespace checker
