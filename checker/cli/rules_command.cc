// `checker rules list` and `checker rules check`.
#include <iostream>
#include <set>

#include <fmt/format.h>

#include "checker/cli/commands.h"
#include "checker/engine/rule_pack.h"

namespace checker {

int run_rules_list(const std::string& rules_dir) {
  Diagnostics errors;
  const RulePack pack = load_rule_pack(rules_dir, &errors);
  for (const Error& e : errors) std::cerr << "checker: rules: " << e.to_string() << "\n";
  for (const RuleInstance& r : pack.rules)
    std::cout << fmt::format("{:<24} {:<16} {:<8} {}\n", r.id, r.kind, severity_name(r.severity), r.description);
  return errors.empty() ? 0 : 2;
}

int run_rules_check(const std::string& rules_dir) {
  Diagnostics errors;
  const RulePack pack = load_rule_pack(rules_dir, &errors);
  for (const Error& e : errors) std::cerr << "checker: rules: " << e.to_string() << "\n";
  if (!errors.empty()) {
    std::cerr << fmt::format("{}: {} problem{}\n", rules_dir, errors.size(), errors.size() == 1 ? "" : "s");
    return 2;
  }
  std::string langs;
  size_t attributes = 0;
  for (const auto& [lang, lex] : pack.lexicons) {
    langs += (langs.empty() ? "" : ", ") + lang;
    attributes += lex.attributes.size();
  }
  std::cout << fmt::format("{}: ok ({} rules, {} entities, {} attributes, languages: {})\n", rules_dir,
                           pack.rules.size(), pack.entities.size(), attributes, langs);
  return 0;
}

}  // namespace checker
