// Every field in a fixed order; enums by their numeric value, checked against their range.
#include "checker/store/store_records.h"

#include "checker/store/byte_codec.h"

namespace checker {
namespace {

void put_date(ByteWriter& w, const PartialDate& d) {
  w.i64(d.year);
  w.i64(d.month);
  w.i64(d.day);
  w.i64(d.part);
  w.u64(static_cast<uint64_t>(d.precision));
  w.str(d.mod.str());
}

bool get_date(ByteReader& r, PartialDate* d) {
  uint64_t precision = 0;
  std::string mod;
  int month = 0, day = 0, part = 0;  // a byte each in the date: a record with more is unreadable
  if (!(r.integer(&d->year) && r.integer(&month) && r.integer(&day) && r.integer(&part) &&
        r.u64(&precision) && precision <= static_cast<uint64_t>(Precision::kWeek) && r.str(&mod)))
    return false;
  for (int n : {month, day, part})
    if (n < 0 || n > 255) return false;
  d->month = month;
  d->day = day;
  d->part = part;
  const std::optional<DateMod> known = DateMod::find_or_add(mod);
  if (!known) return false;  // the table of modifiers is full (core/date_mod.h)
  d->mod = *known;
  d->precision = static_cast<Precision>(precision);
  return true;
}

void put_optional_date(ByteWriter& w, const std::optional<PartialDate>& d) {
  w.flag(d.has_value());
  if (d) put_date(w, *d);
}

// A presence flag, then the value when present.
template <typename T, typename Optional, typename Read>
bool get_optional(ByteReader& r, Optional* out, Read read) {
  bool has = false;
  if (!r.flag(&has)) return false;
  if (!has) {
    out->reset();
    return true;
  }
  T value{};
  if (!read(&value)) return false;
  *out = std::move(value);
  return true;
}

// A document's date or a claim's (core/optional_date.h).
template <typename Optional>
bool get_optional_date(ByteReader& r, Optional* d) {
  return get_optional<PartialDate>(r, d, [&](PartialDate* v) { return get_date(r, v); });
}

void put_optional_real(ByteWriter& w, const std::optional<double>& v) {
  w.flag(v.has_value());
  if (v) w.f64(*v);
}

bool get_optional_real(ByteReader& r, OptionalReal* v) {
  return get_optional<double>(r, v, [&](double* d) { return r.f64(d); });
}

void put_span(ByteWriter& w, const Span& s) {
  w.u64(s.start);
  w.u64(s.end - s.start);
}

bool get_span(ByteReader& r, Span* s) {
  size_t length = 0;
  if (!(r.size(&s->start) && r.size(&length)) || length > SIZE_MAX - s->start) return false;
  s->end = s->start + length;
  return true;
}

// A claim keeps its spans in 32 bits (a document is at most 16 MiB): larger offsets are refused.
bool get_span(ByteReader& r, ClaimSpan* s) {
  Span wide;
  if (!get_span(r, &wide) || wide.end > UINT32_MAX) return false;
  *s = wide;
  return true;
}

void put_claim(ByteWriter& w, const Claim& c) {
  w.str(c.subject_id.str());
  w.str(c.subject_name.str());
  w.str(c.subject_text.str());
  w.str(c.attribute.str());
  w.str(c.family.str());
  const Value& v = c.value;
  w.u64(static_cast<uint64_t>(v.type));
  w.f64(v.amount);
  w.str(v.currency.str());
  w.str(v.unit.str());
  w.str(v.status.str());
  put_date(w, v.date);
  w.flag(v.resolved);
  w.flag(v.points);
  put_optional_real(w, v.lower);
  put_optional_real(w, v.upper);
  w.str(v.qualifier.str());
  w.u64(static_cast<uint64_t>(c.modality));
  put_optional_date(w, c.as_of);
  w.flag(c.stable);
  w.f64(c.written_precision);
  w.str(c.status_group.str());
  put_optional_date(w, c.event);
  put_span(w, c.span);
  put_span(w, c.value_span);
  put_span(w, c.sentence);
  w.str(c.producer.str());
  w.f64(c.confidence);
  w.u64(c.reasons.size());
  for (const std::string& reason : c.reasons) w.str(reason);
}

// Strings are read into one buffer and assigned, so that a Claim whose fields are another type
// assignable from std::string (interned names) reads the same way.
bool get_claim(ByteReader& r, Claim* c) {
  std::string s;
  auto text = [&](auto* field) {
    if (!r.str(&s)) return false;
    *field = s;
    return true;
  };
  uint64_t type = 0, modality = 0;
  Value& v = c->value;
  if (!(text(&c->subject_id) && text(&c->subject_name) && text(&c->subject_text) && text(&c->attribute) &&
        text(&c->family) && r.u64(&type) && type <= static_cast<uint64_t>(ValueType::kStatus) && r.f64(&v.amount) &&
        text(&v.currency) && text(&v.unit) && text(&v.status) && get_date(r, &v.date) && r.flag(&v.resolved) &&
        r.flag(&v.points) && get_optional_real(r, &v.lower) && get_optional_real(r, &v.upper) &&
        text(&v.qualifier) && r.u64(&modality) && modality <= static_cast<uint64_t>(Modality::kHedged) &&
        get_optional_date(r, &c->as_of) && r.flag(&c->stable) && r.f64(&c->written_precision) &&
        text(&c->status_group) && get_optional_date(r, &c->event) && get_span(r, &c->span) &&
        get_span(r, &c->value_span) && get_span(r, &c->sentence) && text(&c->producer) && r.f64(&c->confidence)))
    return false;
  v.type = static_cast<ValueType>(type);
  c->modality = static_cast<Modality>(modality);
  size_t reasons = 0;
  if (!r.count(&reasons)) return false;
  c->reasons.clear();
  for (size_t k = 0; k < reasons; ++k) {
    if (!r.str(&s)) return false;
    c->reasons.push_back(s);
  }
  return true;
}

void put_summary(ByteWriter& w, const TextSummary& s) {
  w.u64(s.size);
  w.i64(s.lines);
  w.u64(s.excerpts.size());
  for (const Excerpt& e : s.excerpts) {
    w.u64(e.start);
    w.i64(e.line);
    w.i64(e.column);
    w.str(s.text_of(e));
  }
  w.u64(s.comments.size());
  for (const SuppressionComment& c : s.comments) {
    w.i64(c.line);
    w.i64(c.column);
    w.str(c.directive);
    w.str(c.rule);
    w.flag(c.has_reason);
  }
}

bool get_summary(ByteReader& r, TextSummary* s) {
  size_t n = 0;
  if (!(r.u32(&s->size) && r.integer(&s->lines) && r.count(&n))) return false;
  std::vector<ExcerptText> excerpts(n);
  std::vector<std::string> texts(n);
  for (size_t k = 0; k < n; ++k) {
    ExcerptText& e = excerpts[k];
    uint32_t start = 0;
    if (!(r.u32(&start) && r.integer(&e.line) && r.integer(&e.column) && r.str(&texts[k]))) return false;
    e.start = start;
    e.text = texts[k];
  }
  set_excerpts(s, excerpts);
  if (!r.count(&n)) return false;
  s->comments.resize(n);
  for (SuppressionComment& c : s->comments)
    if (!(r.integer(&c.line) && r.integer(&c.column) && r.str(&c.directive) && r.str(&c.rule) &&
          r.flag(&c.has_reason)))
      return false;
  return true;
}

}  // namespace

std::string encode_phrases(const std::vector<DiscoveredPhrase>& phrases, const std::vector<NamedPhrase>& names) {
  ByteWriter w;
  w.u64(phrases.size());
  for (const DiscoveredPhrase& p : phrases) {
    put_span(w, p.phrase);
    w.str(p.head);
    w.str(p.proper);
    w.str(p.acronym);
  }
  w.u64(names.size());
  for (const NamedPhrase& n : names) {
    w.str(n.text);
    w.str(n.head);
    w.str(n.proper);
    w.str(n.acronym);
  }
  return w.take();
}

bool decode_phrases(std::string_view bytes, CachedPhrases* out) {
  ByteReader r(bytes);
  size_t n = 0;
  if (!r.count(&n)) return false;
  out->phrases.resize(n);
  for (DiscoveredPhrase& p : out->phrases)
    if (!(get_span(r, &p.phrase) && r.str(&p.head) && r.str(&p.proper) && r.str(&p.acronym))) return false;
  if (!r.count(&n)) return false;
  out->names.resize(n);
  for (NamedPhrase& p : out->names)
    if (!(r.str(&p.text) && r.str(&p.head) && r.str(&p.proper) && r.str(&p.acronym))) return false;
  return r.at_end();
}

void write_claim(ByteWriter& w, const Claim& claim) { put_claim(w, claim); }

bool read_claim(ByteReader& r, Claim* claim) { return get_claim(r, claim); }

bool decode_names(std::string_view bytes, CachedPhrases* out) {
  ByteReader r(bytes);
  size_t n = 0;
  if (!r.count(&n)) return false;
  DiscoveredPhrase p;  // read to be checked and passed over, one at a time
  for (size_t k = 0; k < n; ++k)
    if (!(get_span(r, &p.phrase) && r.str(&p.head) && r.str(&p.proper) && r.str(&p.acronym))) return false;
  if (!r.count(&n)) return false;
  out->phrases.clear();
  out->phrases_kept_back = true;
  out->names.resize(n);
  for (NamedPhrase& name : out->names)
    if (!(r.str(&name.text) && r.str(&name.head) && r.str(&name.proper) && r.str(&name.acronym))) return false;
  return r.at_end();
}

std::string encode_claim(const Claim& claim) {
  ByteWriter w;
  put_claim(w, claim);
  return w.take();
}

std::string encode_claims(const std::vector<Claim>& claims) {
  ByteWriter w;
  w.u64(claims.size());
  for (const Claim& c : claims) put_claim(w, c);
  return w.take();
}

bool decode_claims(std::string_view bytes, size_t document, std::vector<Claim>* out) {
  ByteReader r(bytes);
  size_t n = 0;
  if (!r.count(&n)) return false;
  out->resize(n);
  for (Claim& c : *out) {
    if (!get_claim(r, &c)) return false;
    c.document = static_cast<uint32_t>(document);
  }
  return r.at_end();
}

std::string encode_document_claims(const DocumentClaims& claims, const TextSummary& summary) {
  ByteWriter w;
  w.u64(claims.claims.size());
  const std::vector<GroupCount> groups = count_groups(claims.claims);
  w.u64(groups.size());
  for (const GroupCount& g : groups) {
    w.str(g.subject_id.str());
    w.str(g.family.str());
    w.u64(g.claims);
  }
  w.u64(claims.subjects.size());
  for (const std::string& s : claims.subjects) w.str(s);
  put_summary(w, summary);
  return w.take();
}

bool decode_document_claims(std::string_view bytes, CachedClaims* out) {
  ByteReader r(bytes);
  CachedClaims::Deferred deferred;
  size_t n = 0, in_groups = 0;
  if (!r.size(&deferred.total) || !r.count(&n)) return false;
  deferred.groups.resize(n);
  std::string s;
  for (GroupCount& g : deferred.groups) {
    if (!r.str(&s)) return false;
    g.subject_id = s;
    if (!r.str(&s)) return false;
    g.family = s;
    if (!r.u32(&g.claims) || g.claims == 0) return false;
    in_groups += g.claims;
  }
  if (in_groups > deferred.total || !r.count(&n)) return false;
  out->claims = DocumentClaims{};
  for (size_t k = 0; k < n; ++k) {
    if (!r.str(&s)) return false;
    out->claims.subjects.insert(out->claims.subjects.end(), s);
  }
  out->deferred = std::move(deferred);
  return get_summary(r, &out->summary) && r.at_end();
}

std::string encode_documents(const std::vector<Document>& documents) {
  ByteWriter w;
  w.u64(documents.size());
  for (const Document& d : documents) {
    const std::string url = d.url.str(), path = d.path.str(), title = d.title.str();
    for (const std::string* f : {&path, &title, &d.date_source.str(), &d.lang.str(), &d.lang_source.str(),
                                 &d.source.str(), &url})
      w.str(*f);
    w.str(d.text_hash.hex());
    put_optional_date(w, d.date);
    w.u64(d.body_start);
    w.i64(d.line_base);
    w.u64(d.record_offset);
    w.u64(d.record_file);
    w.u64(d.summary.size);
  }
  return w.take();
}

bool decode_documents(std::string_view bytes, std::vector<Document>* out) {
  ByteReader r(bytes);
  size_t n = 0;
  if (!r.count(&n) || n == 0) return false;
  out->resize(n);
  std::string s;
  auto text = [&](auto* field) {
    if (!r.str(&s)) return false;
    *field = s;
    return true;
  };
  for (Document& d : *out) {
    if (!(text(&d.path) && text(&d.title) && text(&d.date_source) && text(&d.lang) && text(&d.lang_source) &&
          text(&d.source) && text(&d.url) && r.str(&s)))
      return false;
    const std::optional<Hash128> hash = Hash128::from_hex(s);
    if (!hash) return false;
    d.text_hash = *hash;
    if (!(get_optional_date(r, &d.date) && r.u32(&d.body_start) && r.integer(&d.line_base) &&
          r.u32(&d.record_offset) && r.u32(&d.record_file) && r.u32(&d.summary.size)))
      return false;
    d.streamed = true;
  }
  return r.at_end();
}

}  // namespace checker
