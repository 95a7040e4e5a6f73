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

namespace {

using nlohmann::ordered_json;

ordered_json document_json(const ReportInput& in, size_t i) {
  const Document& d = in.documents[i];
  return {{"path", d.path},
          {"title", d.title},
          {"date", d.date ? ordered_json(d.date->timex()) : ordered_json()},
          {"date_source", d.date_source},
          {"lang", d.lang.empty() ? ordered_json() : ordered_json(d.lang)},
          {"claims", in.result.claims_per_document[i]}};
}

ordered_json finding_json(const Finding& f, ClaimLocator* locator) {
  ordered_json jf = {{"id", f.id},
                     {"rule", f.rule},
                     {"kind", f.kind},
                     {"severity", severity_name(f.severity)},
                     {"status", f.status},
                     {"subject", {{"id", f.subject_id}, {"name", f.subject_name}}},
                     {"attribute", f.attribute},
                     {"message", f.message}};
  jf["claims"] = ordered_json::array();
  for (const Claim& c : f.claims) {
    const ClaimPlace p = locator->place(c);
    const Document& d = *p.document;
    jf["claims"].push_back({{"document", d.path},
                            {"date", d.date ? ordered_json(d.date->timex()) : ordered_json()},
                            {"line", p.line},
                            {"column", p.column},
                            {"start", c.span.start},
                            {"end", c.span.end},
                            {"text", p.quote},
                            {"subject_text", c.subject_text},
                            {"attribute", c.attribute},
                            {"modality", modality_name(c.modality)},
                            {"as_of", c.as_of ? ordered_json(c.as_of->timex()) : ordered_json()},
                            {"event", c.event ? ordered_json(c.event->timex()) : ordered_json()},
                            {"value", value_json(c.value)},
                            {"confidence", c.confidence},
                            {"reasons", c.reasons}});
  }
  return jf;
}

// `j.dump(2)` as it reads nested `depth` levels deep: JSON strings hold no raw line breaks, so
// every "\n" of the dump is a break between lines.
void append_nested(ReportSink* out, const ordered_json& j, size_t depth) {
  const std::string text = j.dump(2);
  const std::string indent(2 * depth, ' ');
  std::string_view rest = text;
  for (size_t nl = rest.find('\n'); nl != std::string_view::npos; nl = rest.find('\n')) {
    *out += rest.substr(0, nl + 1);
    *out += indent;
    rest.remove_prefix(nl + 1);
  }
  *out += rest;
}

// One top-level array, element by element: the same bytes as dumping it whole.
template <typename Element>
void append_array(ReportSink* out, size_t n, const Element& element) {
  if (n == 0) {
    *out += "[]";
    return;
  }
  *out += "[\n";
  for (size_t i = 0; i < n; ++i) {
    *out += i ? ",\n    " : "    ";
    append_nested(out, element(i), 2);
  }
  *out += "\n  ]";
}

}  // namespace

std::string json_report_text(const ReportInput& in) {
  std::string text;
  {
    ReportSink sink([&](std::string_view chunk) { text += chunk; });
    write_json_report(in, &sink);
  }
  return text;
}

void write_json_report(const ReportInput& in, ReportSink* sink) {
  // Written piece by piece, one document or finding at a time, so that the report costs a
  // chunk of its text, not a JSON tree of every finding nor the whole text (the bytes are those
  // of dumping that tree with dump(2)).
  ReportSink& out = *sink;
  out += "{\n  \"version\": ";
  out += std::to_string(kJsonReportVersion);
  out += ",\n  \"tool\": ";
  append_nested(&out, ordered_json{{"name", "checker"}, {"version", CHECKER_VERSION}}, 1);
  out += ",\n  \"documents\": ";
  append_array(&out, in.documents.size(), [&](size_t i) { return document_json(in, i); });
  ClaimLocator locator(in.documents);
  out += ",\n  \"findings\": ";
  append_array(&out, in.result.findings.size(), [&](size_t i) { return finding_json(in.result.findings[i], &locator); });
  out += ",\n  \"skipped\": ";
  append_array(&out, in.skipped.size(), [&](size_t i) {
    const Error& e = in.skipped[i];
    return ordered_json{{"path", e.file}, {"where", e.where}, {"message", e.message}};
  });
  const ReportSummary s = summarize_report(in);
  out += ",\n  \"summary\": ";
  append_nested(&out,
                ordered_json{{"documents", s.documents},
                             {"claims", s.claims},
                             {"skipped", s.skipped},
                             {"findings", {{"error", s.error}, {"warning", s.warning}, {"note", s.note}}}},
                1);
  out += "\n}\n";
}

}  // namespace checker
