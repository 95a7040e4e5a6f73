// status-conflict.
#include "checker/engine/kinds/status_conflict.h"

#include <fmt/format.h>

#include "checker/engine/timeline.h"

namespace checker {
namespace {

// When a status claim holds: its valid time if the text gives one, else its report date.
const PartialDate& effective_time(const Claim& c, const ClaimIndex& index) {
  return c.as_of ? *c.as_of : *index.reported(c);
}

}  // namespace

std::string StatusConflict::validate(const nlohmann::json& params) const {
  if (!params.contains("attribute") || !params["attribute"].is_string())
    return "/attribute: required, the status attribute to compare (a string such as \"status.operational\")";
  Severity s;
  if (params.contains("change_severity") &&
      (!params["change_severity"].is_string() || !severity_from_name(params["change_severity"].get<std::string>(), &s)))
    return "/change_severity: must be one of \"error\", \"warning\", \"note\"";
  if (params.contains("window_days") && !params["window_days"].is_number_unsigned())
    return "/window_days: must be a non-negative integer";
  return "";
}

void StatusConflict::run(const RuleInstance& rule, const ClaimIndex& index, std::vector<Finding>* out) const {
  const std::string attribute = rule.params["attribute"].get<std::string>();
  Severity change_severity = Severity::kNote;
  if (rule.params.contains("change_severity"))
    severity_from_name(rule.params["change_severity"].get<std::string>(), &change_severity);
  const long window = rule.params.value("window_days", 31L);
  for (const auto& [key, claims] : index.groups()) {
    std::vector<const Claim*> statuses;
    for (const Claim* c : in_reported_order(claims, index))
      if (c->attribute == attribute && c->value.type == ValueType::kStatus) statuses.push_back(c);
    std::stable_sort(statuses.begin(), statuses.end(), [&](const Claim* a, const Claim* b) {
      return effective_time(*a, index).first_day() < effective_time(*b, index).first_day();
    });
    // Keep the claims whose status group differs from the one before ("closed" then
    // "destroyed" agree: both say not operational).
    std::vector<const Claim*> changes;
    for (const Claim* c : statuses)
      if (changes.empty() || changes.back()->status_group != c->status_group) changes.push_back(c);
    if (changes.size() < 2) continue;
    bool contradiction = false;
    for (size_t i = 1; i < changes.size(); ++i) {
      const PartialDate& before = effective_time(*changes[i - 1], index);
      const PartialDate& after = effective_time(*changes[i], index);
      const bool cites_event = changes[i]->event && changes[i]->event->first_day() > before.last_day();
      if (!cites_event && after.first_day() - before.last_day() <= window) contradiction = true;
    }
    Finding f = new_finding(rule, name(), contradiction ? "contradiction" : "change",
                            contradiction ? rule.severity : change_severity, *changes.front());
    std::vector<std::string> steps;
    for (const Claim* c : changes) {
      f.claims.push_back(*c);
      std::string step = fmt::format("{} ({})", c->value.status.str(), reported_timex(*c, index));
      if (c->event) step += fmt::format(", after the event of {}", c->event->timex());
      steps.push_back(step);
    }
    f.message = contradiction
        ? fmt::format("{}: contradictory statuses for the same time: {}", f.subject_name.str(),
                      fmt::join(steps, " vs "))
        : fmt::format("{}: status changed over time: {}", f.subject_name.str(), fmt::join(steps, " → "));
    out->push_back(std::move(f));
  }
}

}  // namespace checker
