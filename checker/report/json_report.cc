// JSON report writer.
#include "checker/report/json_report.h"

#include "checker/report/claim_place.h"
#include "checker/report/summary.h"

namespace checker {

nlohmann::ordered_json value_json(const Value& v) {
  nlohmann::ordered_json j;
  j["type"] = value_type_name(v.type);
  switch (v.type) {
    case ValueType::kNumber: j["value"] = v.amount; break;
    case ValueType::kAmount: j["amount"] = v.amount; j["currency"] = v.currency; break;
    case ValueType::kQuantity: j["amount"] = v.amount; j["unit"] = v.unit; break;
    case ValueType::kPercent: j["amount"] = v.amount; break;
    case ValueType::kStatus: j["value"] = v.status; break;
    case ValueType::kDate:
      j["timex"] = v.date.timex();
      j["precision"] = precision_name(v.date.precision);
      j["mod"] = v.date.mod.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(v.date.mod);
      if (v.resolved) j["interval"] = {v.date.first_iso(), v.date.last_iso()};
      else j["interval"] = nullptr;
      break;
  }
  if (v.lower || v.upper) {
    j["lower"] = v.lower ? nlohmann::ordered_json(*v.lower) : nlohmann::ordered_json();
    j["upper"] = v.upper ? nlohmann::ordered_json(*v.upper) : nlohmann::ordered_json();
    j["qualifier"] = v.qualifier;
  }
  return j;
}

nlohmann::ordered_json json_report(const ReportInput& in) {
  nlohmann::ordered_json out;
  out["version"] = kJsonReportVersion;
  out["tool"] = {{"name", "checker"}, {"version", CHECKER_VERSION}};
  out["documents"] = nlohmann::ordered_json::array();
  for (size_t i = 0; i < in.documents.size(); ++i) {
    const Document& d = in.documents[i];
    out["documents"].push_back({{"path", d.path},
                                {"title", d.title},
                                {"date", d.date ? nlohmann::ordered_json(d.date->timex()) : nlohmann::ordered_json()},
                                {"date_source", d.date_source},
                                {"lang", d.lang.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(d.lang)},
                                {"claims", in.result.claims_per_document[i]}});
  }
  ClaimLocator locator(in.documents);
  out["findings"] = nlohmann::ordered_json::array();
  for (const Finding& f : in.result.findings) {
    nlohmann::ordered_json jf = {{"id", f.id},
                         {"rule", f.rule},
                         {"kind", f.kind},
                         {"severity", severity_name(f.severity)},
                         {"status", f.status},
                         {"subject", {{"id", f.subject_id}, {"name", f.subject_name}}},
                         {"attribute", f.attribute},
                         {"message", f.message}};
    jf["claims"] = nlohmann::ordered_json::array();
    for (const Claim& c : f.claims) {
      const ClaimPlace p = locator.place(c);
      const Document& d = *p.document;
      jf["claims"].push_back({{"document", d.path},
                              {"date", d.date ? nlohmann::ordered_json(d.date->timex()) : nlohmann::ordered_json()},
                              {"line", p.line},
                              {"column", p.column},
                              {"start", c.span.start},
                              {"end", c.span.end},
                              {"text", p.quote},
                              {"subject_text", c.subject_text},
                              {"attribute", c.attribute},
                              {"modality", modality_name(c.modality)},
                              {"as_of", c.as_of ? nlohmann::ordered_json(c.as_of->timex()) : nlohmann::ordered_json()},
                              {"event", c.event ? nlohmann::ordered_json(c.event->timex()) : nlohmann::ordered_json()},
                              {"value", value_json(c.value)},
                              {"confidence", c.confidence},
                              {"reasons", c.reasons}});
    }
    out["findings"].push_back(std::move(jf));
  }
  out["skipped"] = nlohmann::ordered_json::array();
  for (const Error& e : in.skipped)
    out["skipped"].push_back({{"path", e.file}, {"where", e.where}, {"message", e.message}});
  const ReportSummary s = summarize_report(in);
  out["summary"] = {{"documents", s.documents},
                    {"claims", s.claims},
                    {"skipped", s.skipped},
                    {"findings", {{"error", s.error}, {"warning", s.warning}, {"note", s.note}}}};
  return out;
}

}  // namespace checker
