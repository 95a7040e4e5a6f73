// `checker audit`: load rules and corpus, run the engine, write the reports, pick the exit code.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>
#include <set>

#include <unistd.h>

#include "checker/cli/audit_sources.h"
#include "checker/cli/baseline_file.h"
#include "checker/cli/changed_files.h"
#include "checker/cli/commands.h"
#include "checker/cli/config.h"
#include "checker/cli/keep_until_exit.h"
#include "checker/cli/output.h"
#include "checker/cli/progress.h"
#include "checker/core/stage_timer.h"
#include "checker/corpus/loader.h"
#include "checker/engine/audit.h"
#include "checker/engine/baseline.h"
#include "checker/engine/parallel.h"
#include "checker/engine/suppressions.h"
#include "checker/engine/rule_pack.h"
#include "checker/report/report.h"
#include "checker/store/claim_store.h"

namespace checker {
namespace {

namespace fs = std::filesystem;

struct Target {
  std::string format;
  std::string path;  // "" or "-": standard output
  bool by_default = false;  // not asked for: failing to write it warns, the audit goes on
};

// With no --output at all, the audit of exactly one directory also leaves the editors' reports
// in reports/<dirname>.html and .md (the README's first command); --no-default-reports, or any
// --output, turns that off so scripted runs write only what they ask for.
void add_default_reports(const AuditOptions& o, std::vector<Target>* targets) {
  if (!o.outputs.empty() || o.no_default_reports || o.paths.size() != 1) return;
  std::error_code ec;
  if (!fs::is_directory(o.paths[0], ec)) return;
  fs::path dir = fs::absolute(o.paths[0], ec).lexically_normal();
  if (!dir.has_filename()) dir = dir.parent_path();  // "seeds/" and "." end in a separator
  const std::string base = dir.filename().string();
  if (base.empty()) return;
  targets->push_back(Target{"html", "reports/" + base + ".html", true});
  targets->push_back(Target{"markdown", "reports/" + base + ".md", true});
}

// Links from a report file to the documents: relative paths are relative to the working
// directory, so a report in reports/ reaches them through "../".
std::string link_prefix_for(const std::string& report_path) {
  std::error_code ec;
  const fs::path dir = fs::absolute(report_path, ec).lexically_normal().parent_path();
  const fs::path back = fs::current_path(ec).lexically_relative(dir);
  if (back.empty() || back == ".") return "";
  return back.generic_string() + "/";
}

// Formats and outputs pair up by position; an output without a format takes its extension's;
// formats without an output go to standard output. With no output at all, the report (in
// --format, default text) goes to standard output; with outputs but no standard-output format,
// the text report still goes to standard output.
bool plan_targets(const AuditOptions& o, std::vector<Target>* targets, std::string* error) {
  for (size_t i = 0; i < std::max(o.formats.size(), o.outputs.size()); ++i) {
    Target t;
    if (i < o.outputs.size()) t.path = o.outputs[i];
    if (i < o.formats.size()) {
      t.format = o.formats[i];
    } else {
      t.format = format_for_path(t.path);
      if (t.format.empty()) {
        *error = "--output " + t.path + ": cannot tell the format from the extension; add --format";
        return false;
      }
    }
    targets->push_back(t);
  }
  bool to_stdout = false;
  for (const Target& t : *targets) to_stdout = to_stdout || t.path.empty() || t.path == "-";
  if (!to_stdout) targets->insert(targets->begin(), Target{"text", ""});
  return true;
}

}  // namespace

int run_audit_command(const AuditOptions& o) {
  Severity fail_on = Severity::kWarning;
  const bool fail_none = o.fail_on == "none";
  if (!fail_none && !severity_from_name(o.fail_on, &fail_on)) {
    std::cerr << "checker: --fail-on must be one of error, warning, note, none (got '" << o.fail_on << "')\n";
    return 2;
  }
  std::vector<Target> targets;
  std::string error;
  if (!plan_targets(o, &targets, &error)) {
    std::cerr << "checker: " << error << "\n";
    return 2;
  }
  Diagnostics rule_errors;
  const RulePack pack = load_rule_pack(o.rules_dir, &rule_errors);
  if (!rule_errors.empty()) {
    for (const Error& e : rule_errors) std::cerr << "checker: rules: " << e.to_string() << "\n";
    return 2;
  }
  std::set<std::string> baseline_ids;
  if (!o.baseline.empty() && !o.update_baseline) {
    Result<std::set<std::string>> read = read_baseline(o.baseline);
    if (!read.ok()) {
      std::cerr << "checker: " << read.error().to_string() << "\n";
      return 2;
    }
    baseline_ids = read.value();
  }
  ChangedFiles changed;  // asked before the audit, so a bad REF fails fast
  if (!o.changed_since.empty()) {
    Result<ChangedFiles> asked = changed_files_since(o.changed_since);
    if (!asked.ok()) {
      std::cerr << "checker: " << asked.error().to_string() << "\n";
      return 2;
    }
    changed = std::move(asked.value());
  }
  const std::vector<std::string> paths = o.paths.empty() ? std::vector<std::string>{"."} : o.paths;
  StageTimer loading("loading");
  // Opened before loading: the files whose stamps it knows are not read again.
  std::unique_ptr<ClaimStore> store;
  if (!o.store.empty() && o.claim_files.empty()) store = std::make_unique<ClaimStore>(o.store, rules_key(o.rules_dir));
  // Streamed: each document is read again by extraction and only its summary kept after.
  Corpus corpus = o.claim_files.empty()
                      ? load_corpus(paths, /*keep_text=*/false, store ? store->known_files() : nullptr,
                                    [&](size_t n, const std::function<void(size_t)>& work) { parallel_for(n, o.jobs, work); })
                      : Corpus{};
  drop_ignored(&corpus.documents, o.ignore);
  corpus.documents.shrink_to_fit();  // kept for the whole audit: without the slack of its growth
  if (!o.changed_since.empty())
    if (const size_t outside = count_outside_work_tree(corpus.documents, changed); outside > 0)
      std::cerr << "checker: warning: --changed-since " << o.changed_since << ": " << outside << " document"
                << (outside == 1 ? " is" : "s are") << " outside the git work tree " << changed.top
                << " and never count as changed\n";
  for (const Error& e : corpus.skipped) std::cerr << "checker: skipped " << e.to_string() << "\n";
  if (corpus.documents.empty() && corpus.skipped.empty() && o.claim_files.empty())
    std::cerr << "checker: no documents found (looked for *.txt, *.md and *.jsonl)\n";
  loading.stop();
  Progress progress(Progress::wanted(o.quiet), corpus.documents.size());
  AuditResult result = audit_claims(o, pack, &corpus, store.get(), progress.callback());
  progress.finish();
  StageTimer filters("suppressions");
  result.findings = apply_severity(std::move(result.findings), o.severity);
  // Suppression comments before the baseline: a suppressed finding is never recorded in one.
  const SuppressionScan scan = scan_suppressions(corpus.documents);
  for (const Error& e : scan.errors) std::cerr << "checker: skipped " << e.to_string() << "\n";
  corpus.skipped.insert(corpus.skipped.end(), scan.errors.begin(), scan.errors.end());
  SuppressionSplit suppression = apply_suppressions(std::move(result.findings), scan, corpus.documents);
  result.findings = std::move(suppression.shown);
  for (const Error& e : suppression.stale) std::cerr << "checker: warning: " << e.to_string() << "\n";
  size_t outside_changed = 0;
  if (!o.changed_since.empty())
    result.findings = keep_changed(std::move(result.findings), corpus.documents, changed, &outside_changed);
  if (o.update_baseline) {
    if (std::string problem = write_file_atomically(o.baseline, render_baseline(result.findings)); !problem.empty()) {
      std::cerr << "checker: " << problem << "\n";
      return 2;
    }
    if (!o.quiet)
      std::cerr << "checker: wrote " << o.baseline << " (" << result.findings.size() << " finding"
                << (result.findings.size() == 1 ? "" : "s") << ")\n";
    return 0;
  }
  BaselineSplit split = apply_baseline(std::move(result.findings), baseline_ids);
  result.findings = std::move(split.shown);
  filters.stop();
  StageTimer reports("reports");
  add_default_reports(o, &targets);
  const ReportInput input{corpus.documents, result, corpus.skipped, &pack.rules, "", split.hidden.size(),
                          suppression.suppressed.size(), suppression.stale,
                          outside_changed};

  const bool tty = ::isatty(STDOUT_FILENO) != 0;
  const char* no_color = std::getenv("NO_COLOR");
  const bool color = o.color == "always" || (o.color == "auto" && tty && !(no_color && *no_color));
  bool stdout_failed = false;
  for (const Target& t : targets) {
    const bool out = t.path.empty() || t.path == "-";
    if (out) {
      // A reader that stops early (| head) is no error; a full disk or a bad descriptor is.
      int err = 0;
      write_report(t.format, input, color, [&](std::string_view piece) {
        if (err == 0) err = write_stdout(piece);
      });
      if (err && err != EPIPE && !stdout_failed) {
        std::cerr << "checker: cannot write to standard output: " << std::strerror(err) << "\n";
        stdout_failed = true;
      }
      continue;
    }
    ReportInput to_file = input;
    to_file.link_prefix = link_prefix_for(t.path);
    if (std::string problem = write_file_atomically(t.path, [&](const ChunkWriter& write) {
          write_report(t.format, to_file, false, write);
        });
        !problem.empty()) {
      std::cerr << "checker: " << (t.by_default ? "warning: default report not written: " : "") << problem << "\n";
      if (!t.by_default) return 2;
    } else if (t.by_default && !o.quiet) {
      // Nobody asked for this file by name: say where it is.
      std::cerr << "checker: wrote " << t.path << "\n";
    }
  }
  int code = 0;
  if (!corpus.skipped.empty() || stdout_failed) code = 2;
  else if (!fail_none)
    for (const Finding& f : result.findings)
      if (f.severity >= fail_on) code = 1;
  // The reports are written: the corpus, the results and the store's maps are not freed one
  // allocation at a time (the process's exit returns their memory at once).
  if (store) store->close();
  keep_until_exit(std::move(corpus));
  keep_until_exit(std::move(result));
  keep_until_exit(std::move(store));
  return code;
}

}  // namespace checker
