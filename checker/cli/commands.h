// The subcommands of the checker CLI. Each returns the process exit code:
// 0 nothing at or above --fail-on, 1 findings, 2 usage/rules/input problems, 3 internal error.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace checker {

struct AuditOptions {
  std::vector<std::string> paths;
  std::vector<std::string> formats;
  std::vector<std::string> outputs;
  std::string rules_dir;
  std::string fail_on = "warning";
  std::string color = "auto";
  unsigned jobs = 0;  // 0: all cores
  bool no_default_reports = false;  // see --no-default-reports
  std::string baseline;             // --baseline FILE: hide the findings recorded there
  bool update_baseline = false;     // --update-baseline: write FILE from this audit, exit 0
  std::vector<std::string> ignore;  // from the configuration: fnmatch(3) patterns of documents to skip
  std::map<std::string, std::string> severity;  // from the configuration: rule id → severity or "off"
  std::string changed_since;        // --changed-since REF: report findings touching documents changed since REF
  bool quiet = false;               // --quiet: no progress line, no "wrote ..." lines (errors and warnings stay)
  std::string store;                     // --store FILE: the claim store (docs/scale.md)
  std::vector<std::string> claim_files;  // --claims FILE…: reconcile claim files instead of documents
};

struct ClaimsOptions {
  std::vector<std::string> paths;
  std::string rules_dir;
  std::string format = "jsonl";     // jsonl, text or phrases
  unsigned jobs = 0;
  std::vector<std::string> ignore;  // from the configuration, as for audit
  bool quiet = false;               // --quiet: no progress line
  std::vector<std::string> phrase_files;  // --phrases FILE…: the whole corpus's discovered phrases
};

struct MentionsOptions {
  std::string path;        // "" or "-": standard input
  std::string lang = "auto";
  std::string date;        // reference date for relative expressions; "" leaves them unresolved
  std::string rules_dir;   // where the language packs' status cues come from
  unsigned jobs = 0;       // threads (0: all cores); the output does not depend on it
};

int run_audit_command(const AuditOptions& options);
int run_mentions_command(const MentionsOptions& options);
int run_claims_command(const ClaimsOptions& options);
int run_rules_list(const std::string& rules_dir);
int run_rules_check(const std::string& rules_dir);

}  // namespace checker
