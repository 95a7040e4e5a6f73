// SARIF 2.1.0 writer. Columns count Unicode code points (run.columnKind says so), like the JSON
// report; the finding id goes into partialFingerprints so code scanning tracks a finding
// across line moves the way our fingerprint does.
#include "checker/report/sarif_report.h"

#include <cctype>
#include <map>

#include <fmt/format.h>

#include "checker/report/claim_place.h"
#include "checker/report/escape.h"

namespace checker {
namespace {

using Json = nlohmann::ordered_json;
// SARIF's levels are our severity names: error, warning, note (severity_name).

// Plain-text SARIF messages treat [ and ] as link syntax; literal ones are escaped (§3.11.6).
std::string message_text(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '[' || c == ']') out += '\\';
    out += c;
  }
  return out;
}

// "schedule-slip" -> "ScheduleSlip": SARIF rule names are identifiers, readable in a UI.
std::string rule_name(const std::string& id) {
  std::string out;
  bool upper = true;
  for (char c : id) {
    if (c == '-' || c == '_' || c == '.') { upper = true; continue; }
    out += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
    upper = false;
  }
  return out;
}

Json rule_json(const std::string& id, const std::string& kind, const std::string& description, Severity s) {
  const std::string doc = "rules/kinds/" + kind + ".md";
  // SARIF wants absolute URIs for help: the kind doc under the project's home page.
  const std::string help_uri = std::string(CHECKER_HOMEPAGE) + doc;
  const std::string text = description.empty() ? "Findings of kind " + kind : description;
  return Json{{"id", id},
              {"name", rule_name(id)},
              {"shortDescription", {{"text", text}}},
              {"fullDescription", {{"text", fmt::format("{} (rule kind {}).", text, kind)}}},
              {"help", {{"text", fmt::format("{}. The kind is documented in {}.", text, doc)},
                        {"markdown", fmt::format("{}. See [{}]({}).", text, doc, help_uri)}}},
              {"helpUri", help_uri},
              {"defaultConfiguration", {{"level", severity_name(s)}}},
              {"properties", {{"tags", {"fact-check", kind}}}}};
}

Json physical_location(const ClaimPlace& p) {
  // A path given relative stays a relative reference (code scanning resolves it against the
  // checkout); an absolute one becomes a file: URI.
  const std::string file = document_file(*p.document);
  const std::string uri = (!file.empty() && file[0] == '/' ? "file://" : "") + path_to_uri(file);
  return Json{{"artifactLocation", {{"uri", uri}}},
              {"region",
               {{"startLine", p.line},
                {"startColumn", p.column},
                {"endLine", p.end_line},
                {"endColumn", p.end_column},
                {"snippet", {{"text", p.quote}}}}}};
}

std::string claim_label(const Claim& c, const ClaimPlace& p) {
  return fmt::format("{} {}, reported {}", c.value.display(), modality_name(c.modality), p.reported);
}

}  // namespace

Json sarif_report(const ReportInput& in) {
  Json rules = Json::array();
  std::map<std::string, size_t> rule_index;
  auto add_rule = [&](const std::string& id, Json rule) {
    if (rule_index.count(id)) return;
    rule_index[id] = rules.size();
    rules.push_back(std::move(rule));
  };
  if (in.rules)
    for (const RuleInstance& r : *in.rules) add_rule(r.id, rule_json(r.id, r.kind, r.description, r.severity));
  for (const Finding& f : in.result.findings)
    add_rule(f.rule.str(), rule_json(f.rule.str(), f.kind.str(), "", f.severity));

  ClaimLocator locator(in.documents);
  Json results = Json::array();
  for (const Finding& f : in.result.findings) {
    if (f.claims.empty()) continue;
    // Claims are in time order: the newest is where the reader acts, the rest is history.
    const Claim& newest = f.claims.back();
    const ClaimPlace primary = locator.place(newest);
    std::string text = message_text(f.message) + ". Newest: " + message_text(claim_label(newest, primary));
    Json related = Json::array();
    for (size_t i = 0; i + 1 < f.claims.size(); ++i) {
      const ClaimPlace p = locator.place(f.claims[i]);
      const std::string label = message_text(claim_label(f.claims[i], p));
      text += fmt::format("{}[{}]({})", i == 0 ? "; earlier: " : ", ", label, i + 1);
      related.push_back(
          Json{{"id", i + 1}, {"physicalLocation", physical_location(p)}, {"message", {{"text", label}}}});
    }
    text += ".";
    Json result = {{"ruleId", f.rule},
                   {"ruleIndex", rule_index[f.rule]},
                   {"level", severity_name(f.severity)},
                   {"message", {{"text", text}}},
                   {"locations", Json::array({Json{{"physicalLocation", physical_location(primary)}}})}};
    if (!related.empty()) result["relatedLocations"] = std::move(related);
    result["partialFingerprints"] = {{"primaryLocationLineHash", f.id}};
    result["properties"] = {{"kind", f.kind},
                            {"status", f.status},
                            {"subject", f.subject_name},
                            {"attribute", f.attribute},
                            {"findingId", f.id}};
    results.push_back(std::move(result));
  }

  Json driver = {{"name", "checker"},
                 {"version", CHECKER_VERSION},
                 {"semanticVersion", CHECKER_VERSION},
                 {"informationUri", CHECKER_HOMEPAGE},
                 {"rules", std::move(rules)}};
  Json run = {{"tool", {{"driver", std::move(driver)}}},
              {"columnKind", "unicodeCodePoints"},
              {"results", std::move(results)}};
  return Json{{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
              {"version", "2.1.0"},
              {"runs", Json::array({std::move(run)})}};
}

}  // namespace checker
