// schedule-slip.
#include "checker/engine/kinds/schedule_slip.h"

#include <set>

#include <fmt/format.h>

#include "checker/engine/timeline.h"

namespace checker {

std::string ScheduleSlip::validate(const nlohmann::json& params) const {
  if (!params.contains("family") || !params["family"].is_string())
    return "/family: required, the attribute family to follow (a string such as \"milestone\")";
  if (params.contains("overdue") && !params["overdue"].is_boolean())
    return "/overdue: must be true or false";
  return "";
}

void ScheduleSlip::run(const RuleInstance& rule, const ClaimIndex& index, std::vector<Finding>* out) const {
  const std::string family = rule.params["family"].get<std::string>();
  const bool overdue = rule.params.value("overdue", true);
  for (const auto& [key, claims] : index.groups()) {
    if (key.second != family) continue;
    std::vector<const Claim*> chain;
    bool has_actual = false;
    for (const Claim* c : in_reported_order(claims, index)) {
      if (c->value.type != ValueType::kDate) continue;
      if (c->modality == Modality::kActual) {
        has_actual = true;
        if (!chain.empty() && !same_target(chain.back()->value.date, c->value.date)) chain.push_back(c);
        continue;
      }
      if (c->modality == Modality::kNegated || c->modality == Modality::kHedged) continue;
      chain.push_back(c);
    }
    if (chain.empty()) continue;
    std::vector<std::string> targets;
    const Claim* last = nullptr;
    for (const Claim* c : chain) {
      if (last && same_target(last->value.date, c->value.date)) continue;
      targets.push_back(c->value.display());
      last = c;
    }
    Finding f = new_finding(rule, name(), "slip", rule.severity, *chain.front());
    for (const Claim* c : chain) {
      if (c->attribute != f.attribute) f.attribute = family;
      f.claims.push_back(*c);
    }
    if (targets.size() >= 2) {
      std::set<size_t> docs;
      for (const Claim* c : chain) docs.insert(c->document);
      f.message = fmt::format("{}: {} target moved {} across {} document{}", f.subject_name.str(), family,
                              fmt::join(targets, " → "), docs.size(), docs.size() == 1 ? "" : "s");
      out->push_back(f);
    }
    // Overdue: a later document names the subject after the last target has passed. An initial
    // plan alone is no target (it was replaced), and the later document must be another one.
    const Claim* target = chain.back();
    if (!overdue || has_actual || target->modality == Modality::kInitial) continue;
    const PartialDate& target_reported = *index.reported(*target);
    for (size_t d : index.documents_mentioning(key.first)) {
      const auto& date = index.documents()[d].date;
      if (d == target->document || !date ||
          date->first_day() <= target->value.date.last_day() || date->first_day() <= target_reported.last_day())
        continue;
      Finding o = f;
      o.status = "overdue";
      o.claims = {target};
      o.message = fmt::format("{}: {} target {} had passed by {} ({}), which reports no completion",
                              f.subject_name.str(), family, target->value.display(), date->timex(),
                              index.documents()[d].path);
      out->push_back(o);
      break;
    }
  }
}

}  // namespace checker
