// Claim builder: a cue and its value become a claim. The modality is that of the nearest
// modality cue in the clause, else planned for a date after the document's; the valid time of
// a non-date value is the nearest date no claim took; the subject is bound in the sentence, or
// carried from the document's previous claim of the family. A status claim may be negated and
// may cite an event, and never carries its subject.
#include <cctype>

#include "checker/extract/claim_builder_state.h"
#include "checker/extract/claim_values.h"
#include "checker/extract/status_mentions.h"
#include "checker/text/fold.h"

namespace checker {

const Hit* ClaimBuilder::nearest_hit(const std::vector<Hit>& hits, const Span& s, const Span& anchor) const {
  const auto [first, last] = items_in(hits, s);
  const Hit* best = nullptr;
  for (size_t i = first; i < last; ++i)
    if (!best || distance(anchor, hits[i].span) < distance(anchor, best->span)) best = &hits[i];
  return best;
}

void ClaimBuilder::set_subject(Claim* c, const SubjectMention& m) const {
  const Entity& e = subjects_.entities()[m.entity];
  c->subject_id = e.id;
  c->subject_name = e.name;
  c->subject_text = quote(m.span);
}

// Binds the claim; the quote takes in where the sentence names or refers to the subject.
bool ClaimBuilder::bind(const Span& s, const Span& anchor, Claim* c, Span* q) const {
  auto b = binder_->bind(s, anchor);
  if (!b) return false;
  set_subject(c, *b->mention);
  c->confidence = b->confidence;
  c->reasons.push_back(b->reason);
  *q = cover(*q, b->at);
  return true;
}

// With nothing in the sentence, a claim continues the document's previous claim of its family
// (an aside that names no subject: "la date initialement fixée de 2023 pour le premier lancement").
bool ClaimBuilder::carry(const std::string& family, const Span& s, Claim* c) const {
  for (auto it = family_subject_.rbegin(); it != family_subject_.rend(); ++it) {
    if (it->first != family) continue;
    const auto before = items_in(mentions_, {0, s.start}).second;
    for (auto m = mentions_.rbegin() + static_cast<long>(mentions_.size() - before); m != mentions_.rend(); ++m) {
      if (subjects_.entities()[m->entity].id != it->second) continue;
      set_subject(c, *m);
      c->confidence = 0.7;
      c->reasons.push_back("subject carried from the document's previous " + family + " claim");
      return true;
    }
  }
  return false;
}

Claim ClaimBuilder::start_claim(const std::string& attribute, const std::string& family, const Value& value,
                                const Span& value_span, const std::string& producer) const {
  Claim c;
  c.document = static_cast<uint32_t>(doc_index_);
  c.attribute = attribute;
  c.family = family;
  c.value = value;
  c.value_span = value_span;
  c.producer = "lang/" + lex_.lang + "#" + producer;
  c.sentence = sentence_;
  return c;
}

void ClaimBuilder::emit(const AttributeDef& def, const Span& s, const Span& cue, const std::string& cue_text,
                        const Mention& value) {
  Claim c = start_claim(def.id, def.family, value.value, value.span, def.id);
  c.stable = def.stable;
  c.written_precision = written_precision(doc_.text, lang_from_code(doc_.lang), value);
  c.reasons.push_back("cue '" + cue_text + "'");
  Span q = cover(cue, value.span);
  // A modality cue counts in the clause of the evidence only ("originally named …, when it
  // opened in 1950" is no initial plan for the opening).
  if (const Hit* m = nearest_hit(modality_hits_, binder_->clause(s, cover(cue, value.span)), value.span)) {
    c.modality = lex_.modality_index[m->index];
    c.reasons.push_back("modality cue '" + quote(m->span) + "'");
    q = cover(q, m->span);
  } else if (def.value_type == "date" && doc_.date && value.value.date.first_day() > doc_.date->last_day()) {
    c.modality = Modality::kPlanned;
    c.reasons.push_back("date after the document's date");
  }
  if (def.value_type != "date") {
    // The nearest date no other claim took ("en 2022") is when the value holds.
    const auto [vf, vl] = items_in(values_, s);
    const Mention* when = nullptr;
    for (size_t i = vf; i < vl; ++i) {
      const Mention& v = values_[i];
      if (used_[i] || &v == &value || v.value.type != ValueType::kDate || !v.value.resolved) continue;
      if (!when || distance(value.span, v.span) < distance(value.span, when->span)) when = &v;
    }
    if (when) {
      c.as_of = when->value.date;
      c.reasons.push_back("valid time '" + quote(when->span) + "'");
    }
  }
  if (bind(s, cue, &c, &q) || (def.carry_subject && carry(def.family, s, &c)))
    family_subject_.emplace_back(def.family, c.subject_id);
  c.span = q;
  out_.claims.push_back(std::move(c));
}

// The clause of a status cue opens with a possessive and a noun that is not the whole ("Sa
// maternité a fermé", "Its maternity ward closed"; not "Son activité est suspendue"): the status
// is a part's. Returns that opening ("Sa maternité"), else empty.
std::string ClaimBuilder::part_of_subject(const Span& clause) const {
  auto skip_spaces = [&](size_t at) {
    while (at < clause.end && doc_.text[at] == ' ') ++at;
    return at;
  };
  auto word = [&](size_t* at) {
    *at = skip_spaces(*at);
    size_t end = *at;
    while (end < clause.end && (std::isalpha(static_cast<unsigned char>(doc_.text[end])) ||
                                static_cast<unsigned char>(doc_.text[end]) >= 0x80))
      ++end;
    std::string w = fold(std::string_view(doc_.text).substr(*at, end - *at));
    *at = end;
    return w;
  };
  size_t at = clause.start;
  const size_t start = skip_spaces(at);
  if (!lex_.folded_possessives.count(word(&at))) return "";
  const std::string noun = word(&at);
  if (noun.empty() || lex_.folded_whole_nouns.count(noun)) return "";
  return quote({start, at});
}

void ClaimBuilder::emit_status(const Span& s, const Hit& cue) {
  const auto [status_i, cue_i] = lex_.status_index[cue.index];
  const StatusDef& def = lex_.statuses[status_i];
  Value status;
  status.type = ValueType::kStatus;
  status.status = def.value;
  Claim c = start_claim(lex_.status_attribute, "status", status, cue.span, "status." + def.value);
  c.reasons.push_back("status cue '" + def.cues[cue_i] + "'");
  Span q = cue.span;
  if (const Hit* n = negation_of(negation_hits_, cue.span, doc_.text); n && n->span.start >= s.start) {
    if (!def.negation.empty()) c.value.status = def.negation;
    size_t stop = cue.span.start;
    while (stop > n->span.end && doc_.text[stop - 1] == ' ') --stop;
    c.reasons.push_back("negated by '" + quote({n->span.start, stop}) + "'");
    q = cover(q, n->span);
  }
  const auto [ef, el] = items_in(event_hits_, s);
  const auto [vf, vl] = items_in(values_, s);
  for (size_t i = ef; i < el && !c.event; ++i) {
    const Hit& e = event_hits_[i];
    for (size_t k = vf; k < vl; ++k) {
      const Mention& v = values_[k];
      if (v.value.type != ValueType::kDate || !v.value.resolved || v.span.start < e.span.end ||
          v.span.start - e.span.end > kEventWindow)
        continue;
      c.event = v.value.date;
      c.as_of = v.value.date;
      c.as_of->mod = "AFTER";
      c.reasons.push_back("cites the event of '" + quote({e.span.start, v.span.end}) + "'");
      q = cover(q, {e.span.start, v.span.end});
      break;
    }
  }
  c.status_group = lex_.status_group(c.value.status);
  // A status needs its subject in the sentence, or a reference back to it: no carrying. A part's
  // status is not its whole's: it binds to nothing.
  if (const std::string part = part_of_subject(binder_->clause(s, cue.span)); !part.empty())
    c.reasons.push_back("the status of '" + part + "', a part of what it refers to");
  else
    bind(s, cue.span, &c, &q);
  c.span = q;
  out_.claims.push_back(std::move(c));
}

}  // namespace checker
