// The interface every rule kind implements, one class per file in engine/kinds/.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "checker/core/finding.h"
#include "checker/engine/claim_index.h"
#include "checker/engine/rule.h"

namespace checker {

class RuleKind {
 public:
  virtual ~RuleKind() = default;
  /// The kind's id, as rules write it in "kind".
  virtual const char* name() const = 0;
  /// Checks a rule's parameters up front. Returns "" when valid, else "<pointer>: <what is
  /// wrong and what is allowed>" with the pointer relative to the rule's "params".
  virtual std::string validate(const nlohmann::json& params) const = 0;
  /// Appends the findings of one rule over the whole index. A kind reads each (subject, family)
  /// group on its own: its findings about a group may depend on that group's claims and on the
  /// documents naming its subject, nothing else, and their first claim is of that group. The
  /// claim store's findings cache (engine/findings_cache.h) runs the rules over the stale groups
  /// only and relies on it; a kind that compares groups would need the cache turned off.
  virtual void run(const RuleInstance& rule, const ClaimIndex& index,
                   std::vector<Finding>* out) const = 0;
};

/// A finding of `rule` about one subject, with the fields every kind fills the same way.
inline Finding new_finding(const RuleInstance& rule, const char* kind, const std::string& status,
                           Severity severity, const Claim& about) {
  Finding f;
  f.rule = rule.id;
  f.kind = kind;
  f.status = status;
  f.severity = severity;
  f.subject_id = about.subject_id;
  f.subject_name = about.subject_name;
  f.attribute = about.attribute;
  return f;
}

}  // namespace checker
