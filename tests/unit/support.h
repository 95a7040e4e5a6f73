// Helpers shared by the tests: run the pipeline on a folder, summarize findings as one line.
#pragma once

#include <string>
#include <vector>

#include "checker/corpus/loader.h"
#include "checker/engine/audit.h"
#include "checker/engine/rule_pack.h"

namespace checker::testing {

/// The rules directory of the source tree (the one users get).
const RulePack& default_pack();

struct Run {
  Corpus corpus;
  AuditResult result;
};

/// Loads `paths` (relative to the source tree) and audits them with the default rules.
Run audit_paths(const std::vector<std::string>& paths);

/// "<rule> <kind> <status> <severity> <subject>: <value> <modality> (<file>) → …"
std::string summarize(const Finding& f, const std::vector<Document>& documents);

/// The findings of a run, summarized, sorted.
std::vector<std::string> summaries(const Run& run);

/// A value as data, independent of how reports display it: "1.3e+09 USD", "6717 km2",
/// "20.3 %", "2025-12", "end of 2022" (dates keep their modifier), "not-operational".
std::string value_data(const Value& v);

/// Reads a file of the source tree.
std::string read_source_file(const std::string& relative);

}  // namespace checker::testing
