// JSON report writer.
#include "checker/report/json_report.h"

#include "checker/report/claim_place.h"
#include "checker/report/pretty_json.h"
#include "checker/report/summary.h"
#include "checker/report/value_fields.h"

namespace checker {

nlohmann::ordered_json value_json(const Value& v) {
  struct Tree : ValueFields {
    nlohmann::ordered_json j;
    void text(const char* key, std::string_view value) override { j[key] = std::string(value); }
    void number(const char* key, double value) override { j[key] = value; }
    void null(const char* key) override { j[key] = nullptr; }
    void text_pair(const char* key, std::string_view first, std::string_view second) override {
      j[key] = {std::string(first), std::string(second)};
    }
  } tree;
  visit_value_fields(v, &tree);
  return std::move(tree.j);
}

namespace {

using nlohmann::ordered_json;

// A field of the model as text: plain and interned strings alike.
template <typename S>
std::string_view text_of(const S& s) {
  const std::string& text = s;
  return text;
}
// A path or title: its view into the arena (a string made from it would not outlive the call).
std::string_view text_of(const ArenaString& s) { return s.view(); }

void date_or_null(PrettyJson& j, const std::optional<PartialDate>& d) {
  if (d) j.string(d->timex());
  else j.null();
}

void write_value(PrettyJson& j, const Value& v) {
  struct Pretty : ValueFields {
    PrettyJson& j;
    explicit Pretty(PrettyJson& json) : j(json) {}
    void text(const char* key, std::string_view value) override { j.key(key); j.string(value); }
    void number(const char* key, double value) override { j.key(key); j.real(value); }
    void null(const char* key) override { j.key(key); j.null(); }
    void text_pair(const char* key, std::string_view first, std::string_view second) override {
      j.key(key);
      j.open_array();
      j.string(first);
      j.string(second);
      j.close_array();
    }
  } pretty(j);
  j.open_object();
  visit_value_fields(v, &pretty);
  j.close_object();
}

void write_document(std::string* out, const ReportInput& in, size_t i) {
  const Document& d = in.documents[i];
  PrettyJson j(out, 2);
  j.open_object();
  j.key("path"); j.string(text_of(d.path));
  j.key("title"); j.string(text_of(d.title));
  j.key("date"); date_or_null(j, d.date);
  j.key("date_source"); j.string(text_of(d.date_source));
  j.key("lang");
  if (text_of(d.lang).empty()) j.null();
  else j.string(text_of(d.lang));
  j.key("claims"); j.unsigned_integer(in.result.claims_per_document[i]);
  j.close_object();
}

void write_finding(std::string* out, const Finding& f, ClaimLocator* locator) {
  PrettyJson j(out, 2);
  j.open_object();
  j.key("id"); j.string(f.id);
  j.key("rule"); j.string(f.rule.str());
  j.key("kind"); j.string(f.kind.str());
  j.key("severity"); j.string(severity_name(f.severity));
  j.key("status"); j.string(f.status.str());
  j.key("subject");
  j.open_object();
  j.key("id"); j.string(f.subject_id.str());
  j.key("name"); j.string(f.subject_name.str());
  j.close_object();
  j.key("attribute"); j.string(f.attribute.str());
  j.key("message"); j.string(f.message);
  j.key("claims");
  j.open_array();
  for (const Claim& c : f.claims) {
    const ClaimPlace p = locator->place(c);
    const Document& d = *p.document;
    j.open_object();
    j.key("document"); j.string(text_of(d.path));
    j.key("date"); date_or_null(j, d.date);
    j.key("line"); j.integer(p.line);
    j.key("column"); j.integer(p.column);
    j.key("start"); j.unsigned_integer(c.span.start);
    j.key("end"); j.unsigned_integer(c.span.end);
    j.key("text"); j.string(p.quote);
    j.key("subject_text"); j.string(text_of(c.subject_text));
    j.key("attribute"); j.string(text_of(c.attribute));
    j.key("modality"); j.string(modality_name(c.modality));
    j.key("as_of"); date_or_null(j, c.as_of);
    j.key("event"); date_or_null(j, c.event);
    j.key("value"); write_value(j, c.value);
    j.key("confidence"); j.real(c.confidence);
    j.key("reasons");
    j.open_array();
    for (const auto& reason : c.reasons) j.string(text_of(reason));
    j.close_array();
    j.close_object();
  }
  j.close_array();
  j.close_object();
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

// The same array, each element written by `write(text, i)` as nested two levels deep.
template <typename Write>
void append_written(ReportSink* out, size_t n, const Write& write) {
  if (n == 0) {
    *out += "[]";
    return;
  }
  *out += "[\n";
  std::string text;
  for (size_t i = 0; i < n; ++i) {
    text.assign(i ? ",\n    " : "    ");
    write(&text, i);
    *out += text;
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
  append_written(&out, in.documents.size(), [&](std::string* text, size_t i) { write_document(text, in, i); });
  ClaimLocator locator(in.documents);
  out += ",\n  \"findings\": ";
  append_written(&out, in.result.findings.size(),
                 [&](std::string* text, size_t i) { write_finding(text, in.result.findings[i], &locator); });
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
