// Rule-pack loading and validation.
#include "checker/engine/rule_pack.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <set>

#include "checker/engine/registry.h"
#include "checker/extract/pack_json.h"

namespace checker {
namespace fs = std::filesystem;
namespace {

std::vector<std::string> json_files(const fs::path& dir) {
  std::vector<std::string> out;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return out;
  for (const auto& e : fs::directory_iterator(dir, ec))
    if (e.is_regular_file() && e.path().extension() == ".json") out.push_back(e.path().string());
  std::sort(out.begin(), out.end());
  return out;
}

bool is_kebab(const std::string& s) {
  if (s.empty() || s.front() == '-' || s.back() == '-') return false;
  return std::all_of(s.begin(), s.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

void load_checks(const std::string& file, const nlohmann::json& j, RulePack* pack, Diagnostics* errors,
                 std::set<std::string>* ids) {
  JsonFields f(file, errors);
  const nlohmann::json* list = nullptr;
  if (!f.array(j, "", "rules", &list, true) || !list) return;
  std::string kinds;
  for (const RuleKind* k : rule_kinds()) kinds += (kinds.empty() ? "" : ", ") + std::string(k->name());
  for (size_t i = 0; i < list->size(); ++i) {
    const std::string ptr = "/rules/" + std::to_string(i);
    const auto& r = (*list)[i];
    if (!r.is_object()) { f.fail(ptr, "expected a rule object"); continue; }
    RuleInstance rule;
    rule.file = file;
    rule.pointer = ptr;
    f.string(r, ptr, "id", &rule.id, true);
    if (!rule.id.empty() && !is_kebab(rule.id))
      f.fail(ptr + "/id", "rule ids are kebab-case (a-z, 0-9, '-'), found \"" + rule.id + "\"");
    if (!rule.id.empty() && !ids->insert(rule.id).second)
      f.fail(ptr + "/id", "duplicate rule id \"" + rule.id + "\"");
    f.string(r, ptr, "description", &rule.description, false);
    std::string severity = "warning";
    if (f.string(r, ptr, "severity", &severity, false) && !severity_from_name(severity, &rule.severity))
      f.fail(ptr + "/severity", "'severity' must be one of error, warning, note; found \"" + severity + "\"");
    if (f.string(r, ptr, "kind", &rule.kind, true)) {
      const RuleKind* kind = find_rule_kind(rule.kind);
      if (!kind) {
        f.fail(ptr + "/kind", "unknown kind \"" + rule.kind + "\" (allowed: " + kinds + ")");
      } else {
        if (r.contains("params")) rule.params = r["params"];
        if (!rule.params.is_object()) {
          f.fail(ptr + "/params", "'params' must be an object");
        } else if (std::string problem = kind->validate(rule.params); !problem.empty()) {
          const size_t colon = problem.find(": ");
          f.fail(ptr + "/params" + problem.substr(0, colon), problem.substr(colon + 2));
        }
      }
    }
    pack->rules.push_back(std::move(rule));
  }
}

constexpr const char* kLangFolder = "lang";
constexpr const char* kEntitiesFolder = "entities";
constexpr const char* kChecksFolder = "checks";

}  // namespace

std::vector<std::string> rule_pack_files(const std::string& dir) {
  std::vector<std::string> out;
  for (const char* folder : {kLangFolder, kEntitiesFolder, kChecksFolder})
    for (std::string& file : json_files(fs::path(dir) / folder)) out.push_back(std::move(file));
  return out;
}

RulePack load_rule_pack(const std::string& dir, Diagnostics* errors) {
  RulePack pack;
  pack.dir = dir;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    errors->push_back({dir, "", "rules directory not found"});
    return pack;
  }
  for (const std::string& file : json_files(fs::path(dir) / kLangFolder)) {
    auto j = read_json_file(file);
    if (!j.ok()) { errors->push_back(j.error()); continue; }
    auto lex = lexicon_from_json(j.value(), file);
    if (!lex.ok()) { errors->push_back(lex.error()); continue; }
    pack.lexicons[lex.value().lang] = std::move(lex.value());
  }
  std::set<std::string> entity_ids;
  for (const std::string& file : json_files(fs::path(dir) / kEntitiesFolder)) {
    auto j = read_json_file(file);
    if (!j.ok()) { errors->push_back(j.error()); continue; }
    auto ents = entities_from_json(j.value(), file);
    if (!ents.ok()) { errors->push_back(ents.error()); continue; }
    for (auto& e : ents.value()) {
      if (!entity_ids.insert(e.id).second) {
        errors->push_back({file, "", "duplicate entity id \"" + e.id + "\""});
        continue;
      }
      pack.entities.push_back(std::move(e));
    }
  }
  std::set<std::string> rule_ids;
  for (const std::string& file : json_files(fs::path(dir) / kChecksFolder)) {
    auto j = read_json_file(file);
    if (!j.ok()) { errors->push_back(j.error()); continue; }
    load_checks(file, j.value(), &pack, errors, &rule_ids);
  }
  if (pack.lexicons.empty() && errors->empty())
    errors->push_back({dir, "", "no language pack found (expected lang/<lang>.json)"});
  return pack;
}

std::string default_rules_dir(const char* argv0) {
  if (const char* env = std::getenv("CHECKER_RULES"); env && *env) return env;
  std::error_code ec;
  // The running binary, wherever it was started from (argv[0] may be a bare name on PATH).
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec && argv0) exe = fs::weakly_canonical(fs::path(argv0), ec);
  if (!ec) {
    const fs::path beside = exe.parent_path().parent_path() / "rules";
    if (fs::is_directory(beside / "lang", ec)) return beside.string();
  }
  if (fs::is_directory("rules/lang", ec)) return "rules";
  return CHECKER_SOURCE_RULES_DIR;
}

}  // namespace checker
