// Test helpers.
#include "support.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <stdexcept>

#include <fmt/format.h>

namespace checker::testing {

const RulePack& default_pack() {
  static const RulePack pack = [] {
    Diagnostics errors;
    RulePack p = load_rule_pack(std::string(CHECKER_SOURCE_DIR) + "/rules", &errors);
    if (!errors.empty()) throw std::runtime_error("default rules do not load: " + errors.front().to_string());
    return p;
  }();
  return pack;
}

Run audit_paths(const std::vector<std::string>& paths) {
  std::filesystem::current_path(CHECKER_SOURCE_DIR);
  Run run;
  run.corpus = load_corpus(paths);
  run.result = run_audit(run.corpus.documents, default_pack());
  return run;
}

std::string summarize(const Finding& f, const std::vector<Document>& documents) {
  std::string out = f.rule + " " + f.kind + " " + f.status + " " + severity_name(f.severity) + " " +
                    f.subject_id + ":";
  bool first = true;
  for (const Claim& c : f.claims) {
    out += first ? " " : " → ";
    first = false;
    out += c.value.display() + " " + modality_name(c.modality) + " (" +
           std::filesystem::path(documents[c.document].path).filename().string() + ")";
  }
  return out;
}

std::vector<std::string> summaries(const Run& run) {
  std::vector<std::string> out;
  for (const Finding& f : run.result.findings) out.push_back(summarize(f, run.corpus.documents));
  std::sort(out.begin(), out.end());
  return out;
}

std::string value_data(const Value& v) {
  switch (v.type) {
    case ValueType::kNumber: return fmt::format("{:g}", v.amount);
    case ValueType::kAmount: return fmt::format("{:g} {}", v.amount, v.currency.str());
    case ValueType::kQuantity: return fmt::format("{:g} {}", v.amount, v.unit.str());
    case ValueType::kPercent: return fmt::format(v.points ? "{:g} points" : "{:g} %", v.amount);
    case ValueType::kDate:
    case ValueType::kStatus: return v.display();
  }
  return {};
}

std::string read_source_file(const std::string& relative) {
  std::ifstream in(std::string(CHECKER_SOURCE_DIR) + "/" + relative, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

}  // namespace checker::testing
