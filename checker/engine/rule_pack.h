// A rules directory: language packs (lang/*.json), entities (entities/*.json) and rule
// instances (checks/*.json). Everything domain-specific lives there, nothing in the code.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "checker/core/error.h"
#include "checker/engine/rule.h"
#include "checker/extract/entities.h"
#include "checker/extract/lexicon.h"

namespace checker {

struct RulePack {
  std::string dir;
  std::map<std::string, Lexicon> lexicons;  // by language code
  std::vector<Entity> entities;
  std::vector<RuleInstance> rules;
};

/// Loads and validates a rules directory. Every problem is reported (file + line:column or
/// JSON pointer + what is allowed); the pack is usable only when `errors` stays empty.
RulePack load_rule_pack(const std::string& dir, Diagnostics* errors);
/// The files load_rule_pack(dir) reads, in the order it reads them: the `.json` files of
/// `lang/`, `entities/` and `checks/`, through symbolic links as the loader follows them (what
/// the claim store's rules key hashes, so that a change the loader sees is one the key sees).
std::vector<std::string> rule_pack_files(const std::string& dir);

/// The default rules directory: $CHECKER_RULES, else `rules/` beside the binary's parent
/// directory (build/checker -> rules/), else ./rules, else the source tree's rules/.
std::string default_rules_dir(const char* argv0);

}  // namespace checker
