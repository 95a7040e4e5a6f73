// Reading and rendering baseline files; JSON errors become Errors with a place.
#include "checker/cli/baseline_file.h"

#include <filesystem>
#include <map>

#include <nlohmann/json.hpp>

#include "checker/extract/pack_json.h"

namespace checker {

std::string render_baseline(const std::vector<Finding>& findings) {
  std::map<std::string, const Finding*> by_id;  // sorted by id; equal ids are one finding
  for (const Finding& f : findings) by_id.emplace(f.id, &f);
  nlohmann::ordered_json entries = nlohmann::ordered_json::array();
  for (const auto& [id, f] : by_id)
    entries.push_back({{"id", id}, {"rule", f->rule}, {"subject", f->subject_name}, {"message", f->message}});
  nlohmann::ordered_json doc = {{"version", 1}, {"tool", "checker"}, {"findings", entries}};
  return doc.dump(2) + "\n";
}

Result<std::set<std::string>> read_baseline(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) return Error{path, "", "baseline file not found"};
  // A baseline grows with the findings of a whole archive: room for about a million.
  Result<nlohmann::json> parsed = read_json_file(path, "a baseline", uint64_t{256} << 20);
  if (!parsed.ok()) {
    Error e = parsed.error();
    if (e.where.empty()) e.message = "cannot read baseline file";
    return e;
  }
  const nlohmann::json& doc = parsed.value();
  if (!doc.is_object()) return Error{path, "/", "expected an object with \"version\": 1 and \"findings\""};
  if (!doc.contains("version") || doc["version"] != 1)
    return Error{path, "/version", "expected 1 (the only baseline version)"};
  if (!doc.contains("findings") || !doc["findings"].is_array())
    return Error{path, "/findings", "expected an array of {\"id\": …} objects"};
  std::set<std::string> ids;
  const nlohmann::json& findings = doc["findings"];
  for (size_t i = 0; i < findings.size(); ++i) {
    const nlohmann::json& f = findings[i];
    if (!f.is_object() || !f.contains("id") || !f["id"].is_string() || f["id"].get<std::string>().empty())
      return Error{path, "/findings/" + std::to_string(i) + "/id", "expected a non-empty string (a finding id)"};
    ids.insert(f["id"].get<std::string>());
  }
  return ids;
}

}  // namespace checker
