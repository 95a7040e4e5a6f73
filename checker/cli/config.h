// The project configuration file, .checker.json: default paths, ignored files, rules, severities.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "checker/core/document.h"
#include "checker/core/error.h"
#include "checker/core/finding.h"

namespace checker {

/// What a .checker.json says (comments allowed). Every key is optional:
///   {"paths": ["docs/"], "ignore": ["drafts/*"], "rules": "rules/",
///    "severity": {"milestone-slip": "error", "status-conflict": "off"}, "fail_on": "error"}
struct Config {
  std::string file;                          // "" when there is no configuration file
  std::vector<std::string> paths;            // relative to the working directory (resolved)
  std::vector<std::string> ignore;           // fnmatch(3) patterns
  std::optional<std::string> rules;          // resolved against the configuration file's directory
  std::map<std::string, std::string> severity;  // rule id → error | warning | note | off
  std::optional<std::string> fail_on;        // error | warning | note | none
};

/// The nearest `.checker.json` in `start` or one of its parents, or "" when there is none.
std::string find_config(const std::string& start);

/// Reads and validates a configuration file. Errors name the file and line:column (malformed
/// JSON) or the JSON pointer of the bad key, with what is allowed there. Relative `paths` and
/// `rules` are resolved against the file's directory and given relative to `cwd`.
Result<Config> load_config(const std::string& path, const std::string& cwd);

/// The configuration as JSON (what `checker config` prints), keys in the file's order.
std::string config_to_json(const Config& config);

/// True when `path` (a document path as reported) or one of its trailing parts after a '/'
/// matches one of `patterns` (fnmatch(3)): "drafts/*" skips "seeds/drafts/a.txt".
bool is_ignored(const std::string& path, const std::vector<std::string>& patterns);

/// Removes the documents is_ignored() matches, keeping the order of the others.
void drop_ignored(std::vector<Document>* documents, const std::vector<std::string>& patterns);

/// Applies `severity` to findings: "off" drops them, the others replace their severity.
std::vector<Finding> apply_severity(std::vector<Finding> findings, const std::map<std::string, std::string>& severity);

}  // namespace checker
