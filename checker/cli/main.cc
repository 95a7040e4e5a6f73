// The checker command line: flags (CLI11) and dispatch. Nothing else lives here.
#include <csignal>
#include <exception>
#include <filesystem>
#include <iostream>

#include <CLI/CLI.hpp>

#include "checker/cli/commands.h"
#include "checker/cli/config.h"
#include "checker/engine/rule_pack.h"
#include "checker/report/report.h"

int main(int argc, char** argv) {
  // A closed pipe on standard output (checker audit | head -1) becomes EPIPE on write, handled
  // where reports are written, instead of a silent kill before the report files are written.
  std::signal(SIGPIPE, SIG_IGN);
  try {
    CLI::App app{"checker: finds conflicting numeric and temporal claims across documents"};
    app.set_version_flag("--version", std::string("checker ") + CHECKER_VERSION);
    app.require_subcommand(1);
    app.footer(
        "Exit codes: 0 no finding at or above --fail-on; 1 findings at or above it; 2 usage error, "
        "missing path, malformed rule file or skipped input; 3 internal error.\n"
        "Rules come from --rules, else $CHECKER_RULES, else the rules/ directory of the installation.");

    checker::AuditOptions audit;
    auto* audit_cmd = app.add_subcommand("audit", "Check a corpus and report conflicts between its documents");
    audit_cmd->add_option("paths", audit.paths, "Files, directories (*.txt, *.md, *.jsonl) or JSONL corpora");
    // One value per --format/--output (repeat the flag for more): "-o out.json seeds/" must not
    // take seeds/ for a second output file.
    audit_cmd->add_option("--format,-f", audit.formats, "Report format, repeatable: text, json, sarif, junit, github, markdown, html")
        ->check(CLI::IsMember(checker::report_formats()))
        ->allow_extra_args(false);
    audit_cmd->add_option("--output,-o", audit.outputs,
                          "Report file, repeatable; pairs with --format by position, else the "
                          "extension decides (.txt, .json, .sarif, .xml for junit, .md, .html); '-' is standard output")
        ->allow_extra_args(false);
    audit_cmd->add_flag("--no-default-reports", audit.no_default_reports,
                        "Without any --output, the audit of one directory DIR also writes "
                        "reports/DIR.html and reports/DIR.md; this flag turns that off");
    audit_cmd->add_option("--rules", audit.rules_dir, "Rules directory (default: the installed rules/)");
    std::string config_file;
    audit_cmd->add_option("--config", config_file, "Configuration file (default: the nearest .checker.json upwards)");
    auto* fail_on_opt = audit_cmd->add_option("--fail-on", audit.fail_on, "Exit 1 when a finding has at least this severity")
        ->check(CLI::IsMember({"error", "warning", "note", "none"}))
        ->capture_default_str();
    audit_cmd->add_option("--jobs,-j", audit.jobs, "Threads for extraction (0: all cores); reports do not depend on it")
        ->capture_default_str();
    audit_cmd->add_option("--baseline", audit.baseline,
                          "Baseline file: findings whose id is recorded there are hidden from reports and the exit code");
    audit_cmd->add_flag("--update-baseline", audit.update_baseline,
                        "Write the --baseline file from this audit's findings, then exit 0")
        ->needs("--baseline");
    audit_cmd->add_option("--changed-since", audit.changed_since,
                          "Report only findings with a claim in a document changed since this git revision "
                          "(committed, staged, unstaged or untracked); the whole corpus is still compared")
        ->excludes("--update-baseline");
    audit_cmd->add_flag("--quiet,-q", audit.quiet,
                        "No progress line and no 'wrote ...' messages on standard error (errors and warnings stay)");
    audit_cmd->add_option("--color", audit.color, "Color the text report")
        ->check(CLI::IsMember({"auto", "always", "never"}))
        ->capture_default_str();

    auto* store_opt = audit_cmd->add_option("--store", audit.store,
                          "Claim store (SQLite): keeps each document's claims by content hash and re-extracts "
                          "only the documents that changed");
    audit_cmd->add_option("--claims", audit.claim_files,
                          "Claim files (JSON Lines of 'checker claims') to reconcile instead of documents")
        ->excludes("paths")
        ->excludes(store_opt);

    checker::ClaimsOptions claims;
    auto* claims_cmd = app.add_subcommand("claims", "Print every extracted claim (JSON Lines or text)");
    claims_cmd->add_option("paths", claims.paths, "Files, directories or JSONL corpora");
    claims_cmd->add_option("--rules", claims.rules_dir, "Rules directory");
    claims_cmd->add_option("--config", config_file, "Configuration file (default: the nearest .checker.json upwards)");
    claims_cmd->add_option("--jobs,-j", claims.jobs, "Threads for extraction (0: all cores)");
    claims_cmd->add_option("--format", claims.format,
                           "jsonl, text, or phrases (the discovered names, for --phrases of a sharded run)")
        ->check(CLI::IsMember({"jsonl", "text", "phrases"}))
        ->capture_default_str();
    claims_cmd->add_flag("--quiet,-q", claims.quiet, "No progress line on standard error");
    claims_cmd->add_option("--phrases", claims.phrase_files,
                           "Phrase files of the whole corpus (--format phrases of every shard, in corpus order): "
                           "subjects are indexed from them instead of from PATHs alone; repeat --phrases for each file")
        ->allow_extra_args(false);

    checker::MentionsOptions mentions;
    auto* mentions_cmd = app.add_subcommand("mentions", "Print every value mention of one text (JSON Lines)");
    mentions_cmd->add_option("file", mentions.path, "Text file, or '-' for standard input");
    mentions_cmd->add_option("--lang", mentions.lang, "fr, en or auto")
        ->check(CLI::IsMember({"fr", "en", "auto"}))
        ->capture_default_str();
    mentions_cmd->add_option("--date", mentions.date, "Reference date (YYYY-MM-DD) for relative dates");
    mentions_cmd->add_option("--rules", mentions.rules_dir, "Rules directory: the language packs' status cues");
    mentions_cmd->add_option("--jobs,-j", mentions.jobs, "Threads (0: all cores); the output does not depend on it");

    auto* config_cmd = app.add_subcommand("config", "Print the configuration in effect (JSON)");
    config_cmd->add_option("--config", config_file, "Configuration file (default: the nearest .checker.json upwards)");

    std::string rules_dir;
    auto* rules_cmd = app.add_subcommand("rules", "List or validate rule packs");
    rules_cmd->require_subcommand(1);
    auto* list_cmd = rules_cmd->add_subcommand("list", "List the rules of a rules directory");
    list_cmd->add_option("--rules", rules_dir, "Rules directory");
    auto* check_cmd = rules_cmd->add_subcommand("check", "Validate a rules directory");
    check_cmd->add_option("dir", rules_dir, "Rules directory (default: the installed rules/)");

    try {
      app.parse(argc, argv);
    } catch (const CLI::Success& e) {
      return app.exit(e);
    } catch (const CLI::ParseError& e) {
      app.exit(e);
      return 2;
    }
    if (audit_cmd->parsed() || config_cmd->parsed() || claims_cmd->parsed()) {
      // The configuration fills in what the command line left out; flags always win.
      const std::string cwd = std::filesystem::current_path().string();
      if (config_file.empty()) config_file = checker::find_config(cwd);
      checker::Config config;
      if (!config_file.empty()) {
        checker::Result<checker::Config> loaded = checker::load_config(config_file, cwd);
        if (!loaded.ok()) {
          std::cerr << "checker: " << loaded.error().to_string() << "\n";
          return 2;
        }
        config = loaded.value();
      }
      if (audit.paths.empty()) audit.paths = config.paths;
      if (audit.rules_dir.empty() && config.rules) audit.rules_dir = *config.rules;
      if (fail_on_opt->count() == 0 && config.fail_on) audit.fail_on = *config.fail_on;
      audit.ignore = config.ignore;
      audit.severity = config.severity;
      // claims reads the same documents with the same rules as audit would.
      if (claims.paths.empty()) claims.paths = config.paths;
      if (claims.rules_dir.empty() && config.rules) claims.rules_dir = *config.rules;
      claims.ignore = config.ignore;
      if (config_cmd->parsed()) {
        if (!config.rules) config.rules = checker::default_rules_dir(argv[0]);
        std::cout << checker::config_to_json(config);
        return 0;
      }
    }
    if (audit.rules_dir.empty()) audit.rules_dir = checker::default_rules_dir(argv[0]);
    if (claims.rules_dir.empty()) claims.rules_dir = checker::default_rules_dir(argv[0]);
    if (mentions.rules_dir.empty()) mentions.rules_dir = checker::default_rules_dir(argv[0]);
    if (rules_dir.empty()) rules_dir = checker::default_rules_dir(argv[0]);
    if (audit_cmd->parsed()) return checker::run_audit_command(audit);
    if (claims_cmd->parsed()) return checker::run_claims_command(claims);
    if (mentions_cmd->parsed()) return checker::run_mentions_command(mentions);
    if (list_cmd->parsed()) return checker::run_rules_list(rules_dir);
    if (check_cmd->parsed()) return checker::run_rules_check(rules_dir);
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "checker: internal error: " << e.what() << "\n";
    return 3;
  }
}
