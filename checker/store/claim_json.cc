// Exact JSON: every field written, every field checked when read back. Doubles survive the
// round trip (nlohmann/json writes the shortest form that reads back the same); the rare
// non-finite one is written as a string.
#include "checker/store/claim_json.h"

#include <cmath>
#include <cstdint>
#include <limits>

namespace checker {
namespace {

using nlohmann::json;

json number(double v) {
  if (std::isfinite(v)) return v;
  if (std::isnan(v)) return "nan";
  return v > 0 ? "inf" : "-inf";
}

// Readers: each returns "" or the problem, naming the field.
struct Reader {
  const json& j;
  std::string where;

  const json* field(const char* name, std::string* problem) const {
    if (!j.is_object()) {
      *problem = (where.empty() ? std::string("record") : where) + ": expected an object";
      return nullptr;
    }
    auto it = j.find(name);
    if (it == j.end()) {
      *problem = where + (where.empty() ? "" : ".") + name + ": missing";
      return nullptr;
    }
    return &*it;
  }
  std::string name(const char* f) const { return where + (where.empty() ? "" : ".") + f; }

  std::string str(const char* f, std::string* out) const {
    std::string problem;
    const json* v = field(f, &problem);
    if (!v) return problem;
    if (!v->is_string()) return name(f) + ": expected a string";
    *out = v->get<std::string>();
    return "";
  }
  // InternedString, ArenaString: fields that take their text from a std::string.
  template <typename Text>
  std::string str(const char* f, Text* out) const {
    std::string text;
    std::string problem = str(f, &text);
    if (problem.empty()) *out = text;
    return problem;
  }
  std::string str(const char* f, DateMod* out) const {
    std::string text;
    if (std::string problem = str(f, &text); !problem.empty()) return problem;
    const std::optional<DateMod> mod = DateMod::find_or_add(text);
    if (!mod) return name(f) + ": more distinct date modifiers than the 255 a process holds";
    *out = *mod;
    return "";
  }
  std::string boolean(const char* f, bool* out) const {
    std::string problem;
    const json* v = field(f, &problem);
    if (!v) return problem;
    if (!v->is_boolean()) return name(f) + ": expected true or false";
    *out = v->get<bool>();
    return "";
  }
  std::string real(const char* f, double* out) const {
    std::string problem;
    const json* v = field(f, &problem);
    if (!v) return problem;
    return read_real(*v, name(f), out);
  }
  static std::string read_real(const json& v, const std::string& name, double* out) {
    if (v.is_number()) {
      *out = v.get<double>();
      return "";
    }
    if (v == "inf") *out = std::numeric_limits<double>::infinity();
    else if (v == "-inf") *out = -std::numeric_limits<double>::infinity();
    else if (v == "nan") *out = std::numeric_limits<double>::quiet_NaN();
    else return name + ": expected a number";
    return "";
  }
  // A value's bound (core/optional_real.h: "nan" reads as none).
  std::string optional_real(const char* f, OptionalReal* out) const {
    std::string problem;
    const json* v = field(f, &problem);
    if (!v) return problem;
    if (v->is_null()) {
      out->reset();
      return "";
    }
    double d = 0;
    if (std::string p = read_real(*v, name(f), &d); !p.empty()) return p;
    *out = d;
    return "";
  }
  std::string size(const char* f, size_t* out) const {
    std::string problem;
    const json* v = field(f, &problem);
    if (!v) return problem;
    if (!v->is_number_unsigned()) return name(f) + ": expected a non-negative integer";
    *out = v->get<size_t>();
    return "";
  }
  // An offset in a document: 32 bits in memory (core/document.h), so a larger one is refused.
  std::string size(const char* f, uint32_t* out) const {
    size_t n = 0;
    if (std::string problem = size(f, &n); !problem.empty()) return problem;
    if (n > UINT32_MAX) return name(f) + ": over the largest offset in a document (" + std::to_string(UINT32_MAX) + ")";
    *out = static_cast<uint32_t>(n);
    return "";
  }
  std::string integer(const char* f, int* out) const {
    std::string problem;
    const json* v = field(f, &problem);
    if (!v) return problem;
    if (!v->is_number_integer()) return name(f) + ": expected an integer";
    *out = v->get<int>();
    return "";
  }
  // A date's month, day or part: one byte in memory (core/date.h), so a larger one is refused.
  std::string date_number(const char* f, DateNumber* out) const {
    std::string problem;
    const json* v = field(f, &problem);
    if (!v) return problem;
    if (!v->is_number_integer() || v->get<long long>() < 0 || v->get<long long>() > 255)
      return name(f) + ": expected an integer from 0 to 255";
    *out = static_cast<int>(v->get<long long>());
    return "";
  }
};

#define CHECK(expr) \
  if (std::string problem_ = (expr); !problem_.empty()) return problem_

json date_to_json(const PartialDate& d) {
  return {{"year", d.year}, {"month", int(d.month)}, {"day", int(d.day)}, {"part", int(d.part)},
          {"precision", precision_name(d.precision)}, {"mod", d.mod}};
}

std::string date_from_json(const json& j, const std::string& where, PartialDate* out) {
  const Reader r{j, where};
  CHECK(r.integer("year", &out->year));
  CHECK(r.date_number("month", &out->month));
  CHECK(r.date_number("day", &out->day));
  CHECK(r.date_number("part", &out->part));
  std::string precision;
  CHECK(r.str("precision", &precision));
  const std::optional<Precision> p = precision_from_name(precision);
  if (!p) return r.name("precision") + ": expected one of " + precision_names();
  out->precision = *p;
  CHECK(r.str("mod", &out->mod));
  return "";
}

json optional_date(const std::optional<PartialDate>& d) { return d ? date_to_json(*d) : json(); }

// A document's date or a claim's (core/optional_date.h).
template <typename Optional>
std::string optional_date_from_json(const json& parent, const char* f, const std::string& where, Optional* out) {
  const Reader r{parent, where};
  std::string problem;
  const json* v = r.field(f, &problem);
  if (!v) return problem;
  if (v->is_null()) {
    out->reset();
    return "";
  }
  PartialDate d;
  CHECK(date_from_json(*v, r.name(f), &d));
  *out = d;
  return "";
}

json span_to_json(const Span& s) { return json::array({s.start, s.end}); }

std::string span_from_json(const json& parent, const char* f, const std::string& where, Span* out) {
  const Reader r{parent, where};
  std::string problem;
  const json* v = r.field(f, &problem);
  if (!v) return problem;
  if (!v->is_array() || v->size() != 2 || !(*v)[0].is_number_unsigned() || !(*v)[1].is_number_unsigned() ||
      (*v)[0].get<size_t>() > (*v)[1].get<size_t>())
    return r.name(f) + ": expected [start, end] byte offsets";
  *out = Span{(*v)[0].get<size_t>(), (*v)[1].get<size_t>()};
  return "";
}

// A claim keeps its spans in 32 bits (a document is at most 16 MiB): larger offsets are refused,
// never cut.
std::string span_from_json(const json& parent, const char* f, const std::string& where, ClaimSpan* out) {
  Span s;
  CHECK(span_from_json(parent, f, where, &s));
  if (s.end > UINT32_MAX) return Reader{parent, where}.name(f) + ": expected [start, end] byte offsets below 2^32";
  *out = s;
  return "";
}

json value_to_json(const Value& v) {
  return {{"type", value_type_name(v.type)}, {"amount", number(v.amount)}, {"currency", v.currency},
          {"unit", v.unit}, {"status", v.status}, {"date", date_to_json(v.date)},
          {"resolved", v.resolved}, {"points", v.points},
          {"lower", v.lower ? number(*v.lower) : json()}, {"upper", v.upper ? number(*v.upper) : json()},
          {"qualifier", v.qualifier}};
}

std::string value_from_json(const json& j, const std::string& where, Value* out) {
  const Reader r{j, where};
  std::string type;
  CHECK(r.str("type", &type));
  bool found = false;
  for (ValueType t : {ValueType::kNumber, ValueType::kAmount, ValueType::kQuantity, ValueType::kPercent,
                      ValueType::kDate, ValueType::kStatus})
    if (type == value_type_name(t)) {
      out->type = t;
      found = true;
    }
  if (!found) return r.name("type") + ": expected number, amount, quantity, percent, date or status";
  CHECK(r.real("amount", &out->amount));
  CHECK(r.str("currency", &out->currency));
  CHECK(r.str("unit", &out->unit));
  CHECK(r.str("status", &out->status));
  std::string problem;
  const json* date = r.field("date", &problem);
  if (!date) return problem;
  CHECK(date_from_json(*date, r.name("date"), &out->date));
  CHECK(r.boolean("resolved", &out->resolved));
  CHECK(r.boolean("points", &out->points));
  CHECK(r.optional_real("lower", &out->lower));
  CHECK(r.optional_real("upper", &out->upper));
  CHECK(r.str("qualifier", &out->qualifier));
  return "";
}

}  // namespace

json claim_to_json(const Claim& c) {
  return {{"subject_id", c.subject_id}, {"subject_name", c.subject_name}, {"subject_text", c.subject_text},
          {"attribute", c.attribute}, {"family", c.family}, {"value", value_to_json(c.value)},
          {"modality", modality_name(c.modality)}, {"as_of", optional_date(c.as_of)}, {"stable", c.stable},
          {"written_precision", number(c.written_precision)}, {"status_group", c.status_group},
          {"event", optional_date(c.event)}, {"span", span_to_json(c.span)},
          {"value_span", span_to_json(c.value_span)}, {"sentence", span_to_json(c.sentence)},
          {"producer", c.producer}, {"confidence", number(c.confidence)}, {"reasons", c.reasons}};
}

std::string claim_from_json(const json& j, Claim* out) {
  const Reader r{j, ""};
  CHECK(r.str("subject_id", &out->subject_id));
  CHECK(r.str("subject_name", &out->subject_name));
  CHECK(r.str("subject_text", &out->subject_text));
  CHECK(r.str("attribute", &out->attribute));
  CHECK(r.str("family", &out->family));
  std::string problem;
  const json* value = r.field("value", &problem);
  if (!value) return problem;
  CHECK(value_from_json(*value, "value", &out->value));
  std::string modality;
  CHECK(r.str("modality", &modality));
  const std::optional<Modality> m = modality_from_name(modality);
  if (!m) return "modality: expected actual, planned, postponed, initial, negated or hedged";
  out->modality = *m;
  CHECK(optional_date_from_json(j, "as_of", "", &out->as_of));
  CHECK(r.boolean("stable", &out->stable));
  CHECK(r.real("written_precision", &out->written_precision));
  CHECK(r.str("status_group", &out->status_group));
  CHECK(optional_date_from_json(j, "event", "", &out->event));
  CHECK(span_from_json(j, "span", "", &out->span));
  CHECK(span_from_json(j, "value_span", "", &out->value_span));
  CHECK(span_from_json(j, "sentence", "", &out->sentence));
  CHECK(r.str("producer", &out->producer));
  CHECK(r.real("confidence", &out->confidence));
  const json* reasons = r.field("reasons", &problem);
  if (!reasons) return problem;
  if (!reasons->is_array()) return "reasons: expected an array of strings";
  out->reasons.clear();
  for (const json& reason : *reasons) {
    if (!reason.is_string()) return "reasons: expected an array of strings";
    out->reasons.push_back(reason.get<std::string>());
  }
  return "";
}

json phrase_to_json(const DiscoveredPhrase& p) {
  return {{"phrase", span_to_json(p.phrase)}, {"head", p.head}, {"proper", p.proper}, {"acronym", p.acronym}};
}

std::string phrase_from_json(const json& j, DiscoveredPhrase* out) {
  const Reader r{j, ""};
  CHECK(span_from_json(j, "phrase", "", &out->phrase));
  CHECK(r.str("head", &out->head));
  CHECK(r.str("proper", &out->proper));
  CHECK(r.str("acronym", &out->acronym));
  return "";
}

json document_meta_to_json(const Document& d) {
  return {{"path", d.path}, {"title", d.title}, {"date", optional_date(d.date)}, {"date_source", d.date_source},
          {"lang", d.lang}, {"lang_source", d.lang_source}, {"source", d.source}, {"url", d.url.str()},
          {"body_start", d.body_start}, {"line_base", d.line_base}};
}

std::string document_meta_from_json(const json& j, Document* out) {
  const Reader r{j, ""};
  CHECK(r.str("path", &out->path));
  CHECK(r.str("title", &out->title));
  CHECK(optional_date_from_json(j, "date", "", &out->date));
  CHECK(r.str("date_source", &out->date_source));
  CHECK(r.str("lang", &out->lang));
  CHECK(r.str("lang_source", &out->lang_source));
  CHECK(r.str("source", &out->source));
  CHECK(r.str("url", &out->url));
  CHECK(r.size("body_start", &out->body_start));
  CHECK(r.integer("line_base", &out->line_base));
  return "";
}

#undef CHECK

}  // namespace checker
