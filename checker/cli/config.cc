// Finding, reading and validating .checker.json; applying its ignore patterns and severities.
#include "checker/cli/config.h"

#include <fnmatch.h>

#include <algorithm>
#include <filesystem>

#include <nlohmann/json.hpp>

#include "checker/extract/pack_json.h"

namespace checker {
namespace {

namespace fs = std::filesystem;

const char* const kAllowedKeys = "paths, ignore, rules, severity, fail_on";

std::string resolve(const fs::path& dir, const std::string& p, const std::string& cwd) {
  const fs::path full = fs::path(p).is_absolute() ? fs::path(p) : (dir / p);
  return full.lexically_normal().lexically_proximate(fs::path(cwd)).generic_string();
}

bool strings(const nlohmann::json& v, const std::string& file, const std::string& pointer,
             std::vector<std::string>* out, Error* error) {
  if (!v.is_array()) {
    *error = Error{file, pointer, "expected an array of strings"};
    return false;
  }
  for (size_t i = 0; i < v.size(); ++i) {
    if (!v[i].is_string() || v[i].get<std::string>().empty()) {
      *error = Error{file, pointer + "/" + std::to_string(i), "expected a non-empty string"};
      return false;
    }
    out->push_back(v[i].get<std::string>());
  }
  return true;
}

}  // namespace

std::string find_config(const std::string& start) {
  std::error_code ec;
  fs::path dir = fs::absolute(start, ec).lexically_normal();
  while (true) {
    const fs::path candidate = dir / ".checker.json";
    if (fs::is_regular_file(candidate, ec)) return candidate.string();
    if (!dir.has_relative_path()) return "";
    dir = dir.parent_path();
  }
}

Result<Config> load_config(const std::string& path, const std::string& cwd) {
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) return Error{path, "", "configuration file not found"};
  Result<nlohmann::json> parsed = read_json_file(path, "a configuration file");
  if (!parsed.ok()) {
    Error e = parsed.error();
    if (e.where.empty()) e.message = "cannot read configuration file";
    return e;
  }
  const nlohmann::json& doc = parsed.value();
  if (!doc.is_object()) return Error{path, "/", std::string("expected an object with keys among ") + kAllowedKeys};
  const fs::path dir = fs::absolute(path, ec).lexically_normal().parent_path();
  Config c;
  c.file = path;
  Error error;
  for (const auto& [key, v] : doc.items()) {
    const std::string pointer = "/" + key;
    if (key == "paths") {
      std::vector<std::string> raw;
      if (!strings(v, path, pointer, &raw, &error)) return error;
      for (const std::string& p : raw) c.paths.push_back(resolve(dir, p, cwd));
    } else if (key == "ignore") {
      if (!strings(v, path, pointer, &c.ignore, &error)) return error;
    } else if (key == "rules") {
      if (!v.is_string() || v.get<std::string>().empty())
        return Error{path, pointer, "expected a directory name (a non-empty string)"};
      c.rules = resolve(dir, v.get<std::string>(), cwd);
    } else if (key == "fail_on") {
      const std::string s = v.is_string() ? v.get<std::string>() : "";
      if (s != "error" && s != "warning" && s != "note" && s != "none")
        return Error{path, pointer, "expected one of \"error\", \"warning\", \"note\", \"none\""};
      c.fail_on = s;
    } else if (key == "severity") {
      if (!v.is_object()) return Error{path, pointer, "expected an object: rule id → error, warning, note or off"};
      for (const auto& [rule, level] : v.items()) {
        const std::string s = level.is_string() ? level.get<std::string>() : "";
        if (s != "error" && s != "warning" && s != "note" && s != "off")
          return Error{path, pointer + "/" + rule, "expected one of \"error\", \"warning\", \"note\", \"off\""};
        c.severity[rule] = s;
      }
    } else {
      return Error{path, pointer, "unknown key '" + key + "'; allowed: " + kAllowedKeys};
    }
  }
  return c;
}

std::string config_to_json(const Config& c) {
  nlohmann::ordered_json out;
  out["file"] = c.file.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(c.file);
  out["paths"] = c.paths;
  out["ignore"] = c.ignore;
  out["rules"] = c.rules ? nlohmann::ordered_json(*c.rules) : nlohmann::ordered_json(nullptr);
  out["severity"] = nlohmann::ordered_json::object();
  for (const auto& [rule, level] : c.severity) out["severity"][rule] = level;
  out["fail_on"] = c.fail_on ? *c.fail_on : "warning";
  return out.dump(2) + "\n";
}

bool is_ignored(const std::string& path, const std::vector<std::string>& patterns) {
  for (const std::string& pattern : patterns) {
    for (size_t from = 0; from != std::string::npos;) {
      if (::fnmatch(pattern.c_str(), path.c_str() + from, 0) == 0) return true;
      const size_t slash = path.find('/', from);
      from = slash == std::string::npos ? slash : slash + 1;
    }
  }
  return false;
}

void drop_ignored(std::vector<Document>* documents, const std::vector<std::string>& patterns) {
  if (patterns.empty()) return;
  // In place: a second vector would hold the corpus's records twice while it grows.
  documents->erase(std::remove_if(documents->begin(), documents->end(),
                                  [&](const Document& d) { return is_ignored(d.path, patterns); }),
                   documents->end());
}

std::vector<Finding> apply_severity(std::vector<Finding> findings, const std::map<std::string, std::string>& severity) {
  // In place: the findings kept are moved down over the dropped ones, not into a second vector.
  size_t kept = 0;
  for (size_t k = 0; k < findings.size(); ++k) {
    Finding& f = findings[k];
    const auto it = severity.find(f.rule.str());
    if (it != severity.end()) {
      if (it->second == "off") continue;
      severity_from_name(it->second, &f.severity);
    }
    if (kept++ != k) findings[kept - 1] = std::move(f);
  }
  findings.erase(findings.begin() + static_cast<std::ptrdiff_t>(kept), findings.end());
  return findings;
}

}  // namespace checker
