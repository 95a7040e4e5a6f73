// The claim builder. Every decision it makes is recorded in the claim's reasons.
#include "checker/extract/claim_builder.h"

#include <algorithm>
#include <cctype>
#include <limits>

#include "checker/extract/mentions.h"
#include "checker/text/fold.h"
#include "checker/text/sentences.h"

namespace checker {
namespace {

struct Hit {
  Span span;     // original bytes
  size_t index;  // phrase or definition index
};

std::vector<Hit> hits_in(const PhraseMatcher* m, const FoldedText& folded) {
  std::vector<Hit> out;
  if (!m) return out;
  for (const auto& h : m->find_all(folded.text()))
    out.push_back({{folded.original(h.start), folded.original(h.end)}, h.index});
  return out;
}

size_t distance(const Span& a, const Span& b) {
  if (a.end <= b.start) return b.start - a.end;
  if (b.end <= a.start) return a.start - b.end;
  return 0;
}

bool inside(const Span& s, const Span& sentence) { return s.start >= sentence.start && s.end <= sentence.end; }

bool matches_type(const Value& v, const AttributeDef& def) {
  const std::string& type = def.value_type;
  if (type == "date") return v.type == ValueType::kDate && v.resolved;
  if (type == "quantity")
    return v.type == ValueType::kQuantity &&
           (def.units.empty() || std::find(def.units.begin(), def.units.end(), v.unit) != def.units.end());
  if (type == "amount") return v.type == ValueType::kAmount;
  if (type == "percent") return v.type == ValueType::kPercent;
  return false;
}

std::string quote_of(const std::string& text, const Span& s) { return text.substr(s.start, s.end - s.start); }

struct Builder {
  const Document& doc;
  size_t doc_index;
  const Lexicon& lex;
  const SubjectIndex& subjects;
  FoldedText folded;
  std::vector<Mention> values;
  std::vector<SubjectMention> mentions;
  std::vector<std::vector<Hit>> attribute_hits;
  std::vector<Hit> status_hits, modality_hits, negation_hits, event_hits, anaphora_hits;
  std::vector<Span> sentences;
  std::vector<bool> used;  // values of the current sentence already taken by a claim
  Span bound_at;  // where bind() found the subject (a name or a reference back), in the sentence
  std::vector<std::pair<std::string, std::string>> family_subject;  // family -> last subject id
  DocumentClaims out;

  Builder(const Document& d, size_t i, const Lexicon& l, const SubjectIndex& s)
      : doc(d), doc_index(i), lex(l), subjects(s), folded(d.text) {}

  void run() {
    const Lang lang = lang_from_code(doc.lang);
    values = scan_values(doc.text, doc.body_start, doc.text.size(), lang, doc.date);
    mentions = subjects.find(doc.text, folded, doc.body_start, doc.text.size(), lex);
    for (const auto& m : mentions) out.subjects.insert(subjects.entities()[m.entity].id);
    for (const auto& matcher : lex.attribute_matchers) attribute_hits.push_back(body(hits_in(&matcher, folded)));
    status_hits = body(hits_in(lex.status_matcher.get(), folded));
    modality_hits = body(hits_in(lex.modality_matcher.get(), folded));
    negation_hits = body(hits_in(lex.negation_matcher.get(), folded));
    event_hits = body(hits_in(lex.event_matcher.get(), folded));
    anaphora_hits = body(hits_in(lex.anaphora_matcher.get(), folded));
    sentences = split_sentences(doc.text, doc.body_start, doc.text.size());
    for (const Span& s : sentences) sentence(s);
  }

  std::vector<Hit> body(std::vector<Hit> hits) const {
    hits.erase(std::remove_if(hits.begin(), hits.end(),
                              [&](const Hit& h) { return h.span.start < doc.body_start; }),
               hits.end());
    return hits;
  }

  void sentence(const Span& s) {
    used.assign(values.size(), false);
    // Attribute cues take the nearest value of their type.
    for (size_t a = 0; a < lex.attributes.size(); ++a) {
      const AttributeDef& def = lex.attributes[a];
      for (const Hit& cue : attribute_hits[a]) {
        if (!inside(cue.span, s)) continue;
        size_t best = values.size();
        size_t best_d = std::numeric_limits<size_t>::max();
        for (size_t v = 0; v < values.size(); ++v) {
          if (used[v] || !inside(values[v].span, s) || !matches_type(values[v].value, def)) continue;
          const size_t d = distance(cue.span, values[v].span);
          if (d < best_d) { best_d = d; best = v; }
        }
        if (best == values.size()) continue;
        used[best] = true;
        emit(def, s, cue.span, def.cues[cue.index], values[best]);
      }
    }
    // Quantities whose unit implies an attribute ("km2" is an area) need no cue.
    for (size_t v = 0; v < values.size(); ++v) {
      if (used[v] || !inside(values[v].span, s) || values[v].value.type != ValueType::kQuantity) continue;
      for (const AttributeDef& def : lex.attributes) {
        if (!def.implied_by_unit ||
            std::find(def.units.begin(), def.units.end(), values[v].value.unit) == def.units.end())
          continue;
        used[v] = true;
        emit(def, s, values[v].span, "unit " + values[v].value.unit, values[v]);
        break;
      }
    }
    for (const Hit& cue : status_hits) {
      if (inside(cue.span, s)) emit_status(s, cue);
    }
  }

  // The clause around `anchor` within sentence `s`: bounded by , ; : ( ) quotes and dashes
  // (a comma between digits is a decimal comma, not a boundary).
  Span clause(const Span& s, const Span& anchor) const {
    auto boundary = [&](size_t i) {
      const char c = doc.text[i];
      if (c == ',') {
        const bool digits = i > s.start && i + 1 < s.end && std::isdigit(static_cast<unsigned char>(doc.text[i - 1])) &&
                            std::isdigit(static_cast<unsigned char>(doc.text[i + 1]));
        return !digits;
      }
      if (c == ';' || c == ':' || c == '(' || c == ')' || c == '"' || c == '[' || c == ']') return true;
      return doc.text.compare(i, 2, "\xC2\xAB") == 0 || doc.text.compare(i, 2, "\xC2\xBB") == 0 ||
             doc.text.compare(i, 3, "\xE2\x80\x94") == 0 || doc.text.compare(i, 3, "\xE2\x80\x93") == 0;
    };
    Span c{anchor.start, anchor.end};
    while (c.start > s.start && !boundary(c.start - 1)) --c.start;
    while (c.end < s.end && !boundary(c.end)) ++c.end;
    return c;
  }

  // The subject a reference back resolves to: a pronoun, the subject named last before it; a
  // demonstrative ("ce projet"), the subject named last before the sentence; a definite
  // description ("le site"), the current topic: the last subject that opened a sentence.
  const SubjectMention* antecedent(const Hit& h, const Span& s) const {
    const int kind = lex.anaphora_kind[h.index];
    const size_t limit = kind == Lexicon::kPronoun ? h.span.start : s.start;
    for (auto m = mentions.rbegin(); m != mentions.rend(); ++m) {
      if (m->span.end > limit) continue;
      if (kind != Lexicon::kDefinite || opens_sentence(*m)) return &*m;
    }
    return nullptr;
  }

  bool opens_sentence(const SubjectMention& m) const {
    for (const Span& s : sentences) {
      if (!inside(m.span, s)) continue;
      for (const auto& other : mentions)
        if (inside(other.span, s) && !other.locative && other.span.start < m.span.start) return false;
      return m.span.start - s.start <= 48;
    }
    return false;
  }

  // The subject for evidence at `anchor` in sentence `s`; records how it was found.
  // Candidates are the sentence's named subjects (places excluded) and its references back.
  // The nearest candidate before the anchor in its clause wins (a subject usually precedes its
  // verb), else the nearest after it in the clause, else the nearest in the sentence; with
  // none, a claim may take the subject of the document's previous claim of the same family.
  bool bind(const Span& s, const Span& anchor, const std::string& family, bool allow_carry,
            Claim* c) {
    struct Candidate {
      Span at;
      const SubjectMention* mention;
      std::string reason;
      double confidence;
    };
    std::vector<Candidate> candidates;
    std::vector<Candidate> places;  // "à Vardenne", "at the X": subjects only when nothing else is
    for (const auto& m : mentions) {
      if (!inside(m.span, s)) continue;
      if (m.locative) places.push_back({m.span, &m, "subject named in the sentence (as a place)", 0.5});
      else candidates.push_back({m.span, &m, "subject named in the sentence", 0.9});
    }
    for (const Hit& h : anaphora_hits) {
      if (!inside(h.span, s)) continue;
      bool overlaps = false;
      for (const auto& m : mentions) overlaps = overlaps || (m.span.start < h.span.end && h.span.start < m.span.end);
      if (overlaps) continue;
      if (const SubjectMention* m = antecedent(h, s))
        candidates.push_back({h.span, m,
                              "'" + quote_of(doc.text, h.span) + "' refers back to " + subjects.entities()[m->entity].name,
                              0.6});
    }
    if (candidates.empty()) candidates = places;
    const Span cl = clause(s, anchor);
    const Candidate* before = nullptr;
    const Candidate* after = nullptr;
    const Candidate* nearest_any = nullptr;
    for (const Candidate& k : candidates) {
      if (!nearest_any || distance(k.at, anchor) < distance(nearest_any->at, anchor)) nearest_any = &k;
      if (!inside(k.at, cl)) continue;
      if (k.at.start < anchor.start) {
        if (!before || k.at.start > before->at.start) before = &k;
      } else if (!after || k.at.start < after->at.start) {
        after = &k;
      }
    }
    const Candidate* best = before ? before : after ? after : nearest_any;
    if (best) {
      bound_at = best->at;
      if (inside(best->mention->span, s))  // a reference back to a name in the same sentence
        bound_at = {std::min(bound_at.start, best->mention->span.start), std::max(bound_at.end, best->mention->span.end)};
      set_subject(c, *best->mention);
      c->confidence = best->confidence;
      c->reasons.push_back(best->reason);
      return true;
    }
    for (auto it = family_subject.rbegin(); allow_carry && it != family_subject.rend(); ++it) {
      if (it->first != family) continue;
      for (auto m = mentions.rbegin(); m != mentions.rend(); ++m) {
        if (m->span.start < s.start && subjects.entities()[m->entity].id == it->second) {
          set_subject(c, *m);
          c->confidence = 0.7;
          c->reasons.push_back("subject carried from the document's previous " + family + " claim");
          return true;
        }
      }
    }
    return false;
  }

  // The quote takes in where the subject was found when it is close (same clause or near).
  void extend_to_subject(const Span& s, Span* quote) const {
    if (bound_at.end == 0 || !inside(bound_at, s)) return;
    const Span cl = clause(s, *quote);
    if (inside(bound_at, cl) || distance(bound_at, *quote) < 120 || bound_at.start < quote->start)
      *quote = {std::min(quote->start, bound_at.start), std::max(quote->end, bound_at.end)};
  }

  void set_subject(Claim* c, const SubjectMention& m) {
    const Entity& e = subjects.entities()[m.entity];
    c->subject_id = e.id;
    c->subject_name = e.name;
    c->subject_text = quote_of(doc.text, m.span);
  }

  const Hit* nearest(const std::vector<Hit>& hits, const Span& s, const Span& anchor) const {
    const Hit* best = nullptr;
    size_t best_d = std::numeric_limits<size_t>::max();
    for (const Hit& h : hits) {
      if (!inside(h.span, s)) continue;
      const size_t d = distance(anchor, h.span);
      if (d < best_d) { best_d = d; best = &h; }
    }
    return best;
  }

  void emit(const AttributeDef& def, const Span& s, const Span& cue, const std::string& cue_text,
            const Mention& value) {
    Claim c;
    c.document = doc_index;
    c.attribute = def.id;
    c.family = def.family;
    c.value = value.value;
    c.value_span = value.span;
    c.producer = "lang/" + lex.lang + "#" + def.id;
    c.reasons.push_back("cue '" + cue_text + "'");
    Span quote{std::min(cue.start, value.span.start), std::max(cue.end, value.span.end)};
    if (const Hit* m = nearest(modality_hits, s, value.span)) {
      c.modality = lex.modality_index[m->index];
      c.reasons.push_back("modality cue '" + quote_of(doc.text, m->span) + "'");
      quote = {std::min(quote.start, m->span.start), std::max(quote.end, m->span.end)};
    } else if (def.value_type == "date" && doc.date && value.value.date.first_day() > doc.date->last_day()) {
      c.modality = Modality::kPlanned;
      c.reasons.push_back("date after the document's date");
    } else {
      c.modality = Modality::kActual;
    }
    if (def.value_type != "date") {
      // The nearest date no other claim took ("en 2022") is when the value holds.
      const Mention* when = nullptr;
      size_t best_d = std::numeric_limits<size_t>::max();
      for (size_t i = 0; i < values.size(); ++i) {
        const Mention& v = values[i];
        if (used[i] || &v == &value || !inside(v.span, s) || v.value.type != ValueType::kDate || !v.value.resolved)
          continue;
        const size_t d = distance(value.span, v.span);
        if (d < best_d) { best_d = d; when = &v; }
      }
      if (when) {
        c.as_of = when->value.date;
        c.reasons.push_back("valid time '" + quote_of(doc.text, when->span) + "'");
      }
    }
    bound_at = {};
    if (bind(s, cue, def.family, true, &c)) {
      family_subject.emplace_back(def.family, c.subject_id);
      extend_to_subject(s, &quote);
    }
    c.span = quote;
    out.claims.push_back(std::move(c));
  }

  void emit_status(const Span& s, const Hit& cue) {
    const auto [status_i, cue_i] = lex.status_index[cue.index];
    const StatusDef& def = lex.statuses[status_i];
    Claim c;
    c.document = doc_index;
    c.attribute = lex.status_attribute;
    c.family = "status";
    c.value.type = ValueType::kStatus;
    c.value.status = def.value;
    c.value_span = cue.span;
    c.producer = "lang/" + lex.lang + "#status." + def.value;
    c.reasons.push_back("status cue '" + def.cues[cue_i] + "'");
    Span quote = cue.span;
    for (const Hit& n : negation_hits) {
      if (inside(n.span, s) && n.span.end <= cue.span.start && cue.span.start - n.span.end <= 40) {
        if (!def.negation.empty()) c.value.status = def.negation;
        size_t stop = cue.span.start;
        while (stop > n.span.end && doc.text[stop - 1] == ' ') --stop;
        c.reasons.push_back("negated by '" + quote_of(doc.text, {n.span.start, stop}) + "'");
        quote.start = std::min(quote.start, n.span.start);
        break;
      }
    }
    for (const Hit& e : event_hits) {
      if (!inside(e.span, s)) continue;
      for (const auto& v : values) {
        if (v.value.type != ValueType::kDate || !v.value.resolved || !inside(v.span, s)) continue;
        if (v.span.start >= e.span.end && v.span.start - e.span.end <= 24) {
          c.event = v.value.date;
          c.as_of = v.value.date;
          c.as_of->mod = "AFTER";
          c.reasons.push_back("cites the event of '" + quote_of(doc.text, {e.span.start, v.span.end}) + "'");
          quote = {std::min(quote.start, e.span.start), std::max(quote.end, v.span.end)};
          break;
        }
      }
      if (c.event) break;
    }
    // A status needs its subject in the sentence, or a reference back to it: no carrying.
    bound_at = {};
    if (bind(s, cue.span, "status", false, &c)) extend_to_subject(s, &quote);
    c.span = quote;
    out.claims.push_back(std::move(c));
  }
};

}  // namespace

DocumentClaims build_claims(const Document& doc, size_t doc_index, const Lexicon& lex,
                            const SubjectIndex& subjects) {
  Builder b(doc, doc_index, lex, subjects);
  b.run();
  return std::move(b.out);
}

}  // namespace checker
