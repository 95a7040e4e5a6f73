// The claim builder. Every decision it makes is recorded in the claim's reasons.
#include "checker/extract/claim_builder.h"

#include <cmath>
#include <limits>

#include <re2/re2.h>

#include "checker/extract/counted_nouns.h"
#include "checker/extract/evidence.h"
#include "checker/extract/status_mentions.h"
#include "checker/extract/subject_binding.h"
#include "checker/parse/number.h"
#include "checker/text/sentences.h"

namespace checker {
namespace {

// How close a date must follow an event marker ("après le tir du 27 novembre").
constexpr size_t kEventWindow = 24;
// Evidence for one claim lies within this many bytes of its cue: real sentences are shorter,
// and a "sentence" of megabytes (a table, a list without stops) stays linear to read.
constexpr size_t kEvidenceWindow = 400;
// How close a count must be to its noun.
constexpr size_t kCountWindow = 12;
// How far the second phrase of a split cue may follow its first ("production of … began").
constexpr size_t kSplitWindow = 80;

bool matches_type(const Value& v, const AttributeDef& def) {
  const std::string& type = def.value_type;
  if (type == "date") return v.type == ValueType::kDate && v.resolved;
  if (type == "quantity")
    return v.type == ValueType::kQuantity &&
           (def.units.empty() || std::find(def.units.begin(), def.units.end(), v.unit) != def.units.end());
  if (type == "amount") return v.type == ValueType::kAmount;
  if (type == "percent") return v.type == ValueType::kPercent;
  if (type == "number") return v.type == ValueType::kNumber;  // a count: "12 000 habitants"
  return false;
}

Span cover(const Span& a, const Span& b) { return {std::min(a.start, b.start), std::max(a.end, b.end)}; }

class Builder {
 public:
  Builder(const Document& doc, size_t doc_index, const Lexicon& lex, const SubjectIndex& subjects,
          const std::vector<DiscoveredPhrase>& phrases)
      : doc_(doc), doc_index_(doc_index), lex_(lex), subjects_(subjects), folded_(doc.text) {
    const size_t begin = doc.body_start, end = doc.text.size();
    values_ = scan_values(doc.text, begin, end, lang_from_code(doc.lang), doc.date);
    mentions_ = subjects.find(folded_, begin, end, lex, phrases);
    for (const auto& m : mentions_) out_.subjects.insert(subjects.entities()[m.entity].id);
    for (const auto& matcher : lex.attribute_matchers) attribute_hits_.push_back(find_hits(&matcher, folded_, doc.text, begin));
    for (size_t a = 0; a < lex.attributes.size(); ++a) {
      range_hits_.push_back(find_hits(&lex.range_matchers[a], folded_, doc.text, begin));
      split_first_hits_.push_back(find_hits(&lex.split_first_matchers[a], folded_, doc.text, begin));
      split_second_hits_.push_back(find_hits(&lex.split_second_matchers[a], folded_, doc.text, begin));
    }
    status_hits_ = find_hits(lex.status_matcher.get(), folded_, doc.text, begin);
    modality_hits_ = find_hits(lex.modality_matcher.get(), folded_, doc.text, begin);
    negation_hits_ = find_hits(lex.negation_matcher.get(), folded_, doc.text, begin);
    event_hits_ = find_hits(lex.event_matcher.get(), folded_, doc.text, begin);
    anaphora_hits_ = find_hits(lex.anaphora_matcher.get(), folded_, doc.text, begin);
    sentences_ = split_sentences(doc.text, begin, end);
    // Words inside a value are part of it: "May" in "3 May 1961" is no hedge.
    for (auto* hits : {&modality_hits_, &negation_hits_, &event_hits_, &status_hits_}) drop_inside_values(hits);
    for (auto* list : {&attribute_hits_, &range_hits_, &split_first_hits_, &split_second_hits_})
      for (auto& hits : *list) drop_inside_values(&hits);
  }

  DocumentClaims run() && {
    const SubjectBinder binder(doc_.text, sentences_, mentions_, anaphora_hits_, lex_, subjects_);
    binder_ = &binder;
    used_.assign(values_.size(), false);  // each value lies in one sentence: no reset needed
    mark_restatements();
    for (const Span& s : sentences_) sentence(s);
    return std::move(out_);
  }

 private:
  // The part of sentence `s` within kEvidenceWindow of `anchor`.
  static Span around(const Span& s, const Span& anchor) {
    return {std::max(s.start, anchor.start > kEvidenceWindow ? anchor.start - kEvidenceWindow : 0),
            std::min(s.end, anchor.end + kEvidenceWindow)};
  }

  void sentence(const Span& s) {
    sentence_ = s;
    lifespans(s);
    const auto [vf, vl] = items_in(values_, s);
    range_and_split_cues(s);
    // Attribute cues take the nearest value of their type in the sentence.
    for (size_t a = 0; a < lex_.attributes.size(); ++a) {
      const AttributeDef& def = lex_.attributes[a];
      const auto [hf, hl] = items_in(attribute_hits_[a], s);
      for (size_t h = hf; h < hl; ++h) {
        const Hit& cue = attribute_hits_[a][h];
        const Span w = around(s, cue.span);
        const Span own = binder_->clause(s, cue.span);
        const auto [wf, wl] = items_in(values_, w);
        size_t best = values_.size();
        size_t best_d = std::numeric_limits<size_t>::max();
        for (size_t v = wf; v < wl; ++v) {
          if (used_[v] || !matches_type(values_[v].value, def)) continue;
          const size_t d = distance(cue.span, values_[v].span);
          // A bare count belongs to the noun right next to it ("12 400 habitants", "population
          // de 12 400"), not to one further on ("les deux pays … la population").
          if (def.value_type == "number" && d > kCountWindow) continue;
          // A period in another clause ("during the conflict in 1969-1998, she set up …") is
          // the background of the sentence, not the date of its cue.
          if (def.value_type == "date" && !inside(values_[v].span, own) && in_date_range(v)) continue;
          if (d < best_d) { best_d = d; best = v; }
        }
        if (best == values_.size()) continue;
        used_[best] = true;
        emit(def, w, cue.span, def.cues[cue.index], values_[best]);
      }
    }
    // A quantity whose unit implies an attribute ("km2": an area) needs no cue.
    for (size_t v = vf; v < vl; ++v) {
      if (used_[v] || values_[v].value.type != ValueType::kQuantity) continue;
      for (const AttributeDef& def : lex_.attributes) {
        if (!def.implied_by_unit || !matches_type(values_[v].value, def)) continue;
        used_[v] = true;
        emit(def, around(s, values_[v].span), values_[v].span, "unit " + values_[v].value.unit, values_[v]);
        break;
      }
    }
    counts(s);
    const auto [sf, sl] = items_in(status_hits_, s);
    for (size_t h = sf; h < sl; ++h) emit_status(around(s, status_hits_[h].span), status_hits_[h]);
  }

  // "Production of the A80: May 1993 – August 2002": a range cue takes the first date of the
  // first range after it. "production of the A80 began in April 1993": a split cue spans the
  // words between its two phrases (within kSplitWindow) and takes the nearest date, as a cue does.
  void range_and_split_cues(const Span& s) {
    for (size_t a = 0; a < lex_.attributes.size(); ++a) {
      const AttributeDef& def = lex_.attributes[a];
      const auto [rf, rl] = items_in(range_hits_[a], s);
      for (size_t h = rf; h < rl; ++h) {
        const Hit& cue = range_hits_[a][h];
        const Span w = around(s, cue.span);
        const auto [wf, wl] = items_in(values_, w);
        for (size_t v = wf; v + 1 < wl; ++v) {
          if (values_[v].span.start < cue.span.end) continue;
          // The first value after the cue, introduced by a colon or a parenthesis: "Production:
          // 1993 – 2002", not "production reached 40,000 t in 2004–2011" (a period of the value).
          const std::string_view before = std::string_view(doc_.text).substr(cue.span.end, values_[v].span.start - cue.span.end);
          const size_t mark = before.find_last_not_of(' ');
          if (used_[v] || !joined_dates(v, v + 1) || !matches_type(values_[v].value, def) ||
              mark == std::string_view::npos || (before[mark] != ':' && before[mark] != '('))
            break;
          used_[v] = used_[v + 1] = true;
          emit(def, w, cue.span, def.range_cues[cue.index] + " …: start of a range", values_[v]);
          break;
        }
      }
      const auto [ff, fl] = items_in(split_first_hits_[a], s);
      for (size_t h = ff; h < fl; ++h) {
        const Hit& first = split_first_hits_[a][h];
        const auto [sf, sl] = items_in(split_second_hits_[a], {first.span.end, std::min(s.end, first.span.end + kSplitWindow)});
        const Hit* second = nullptr;
        // A phrase listed twice is reported by its first index: pairs are matched by their words.
        const std::string& one = def.split_cues[first.index].first;
        for (size_t k = sf; k < sl && !second; ++k) {
          const std::string& two = def.split_cues[split_second_hits_[a][k].index].second;
          for (const auto& pair : def.split_cues)
            if (pair.first == one && pair.second == two) second = &split_second_hits_[a][k];
        }
        if (!second) continue;
        const Span cue{first.span.start, second->span.end};
        const Span w = around(s, cue);
        const auto [wf, wl] = items_in(values_, w);
        size_t best = values_.size();
        for (size_t v = wf; v < wl; ++v) {
          if (used_[v] || !matches_type(values_[v].value, def) || inside(values_[v].span, cue)) continue;
          if (best == values_.size() || distance(cue, values_[v].span) < distance(cue, values_[best].span)) best = v;
        }
        if (best == values_.size()) continue;
        used_[best] = true;
        emit(def, w, cue, one + " … " + def.split_cues[second->index].second, values_[best]);
      }
    }
  }

  // "the three monks": a whole count no cue took, before a plural noun, counts that noun. The
  // noun is part of the attribute, so counts of different nouns never compare.
  void counts(const Span& s) {
    const CountRules& rules = lex_.counts;
    if (rules.prefix.empty()) return;
    const auto [vf, vl] = items_in(values_, s);
    for (size_t v = vf; v < vl; ++v) {
      const Mention& m = values_[v];
      if (used_[v] || m.value.type != ValueType::kNumber) continue;
      if (m.value.amount < 2 || m.value.amount != std::floor(m.value.amount)) continue;
      const auto noun = counted_noun(doc_.text, m.span.end, s.end, rules);
      if (!noun) continue;
      // A count is a claim about the subject its clause names before it ("the Ostreva station is
      // staffed by six glaciologists"), not about one named after it ("deux pays exploitent le
      // port de Vell") or only referred to: without one, the count is left out, not kept unbound.
      const Span w = around(s, m.span);
      const auto b = binder_->bind(w, noun->noun);
      if (!b || b->confidence < 0.9 || b->at.end > m.span.start || !inside(b->at, binder_->clause(s, m.span)))
        continue;
      AttributeDef def;
      def.id = rules.prefix + noun->singular;
      def.family = rules.family;
      def.value_type = "number";
      used_[v] = true;
      emit(def, w, noun->noun, quote(noun->noun) + " (counted noun)", m);
    }
  }

  // Value `v` is one end of a date range: a date joined to the date before or after it by a dash.
  bool in_date_range(size_t v) const {
    return (v > 0 && joined_dates(v - 1, v)) || (v + 1 < values_.size() && joined_dates(v, v + 1));
  }

  // Values `a` and `b` are dates joined by a dash: "1969-1998", "May 1993 – August 2002".
  bool joined_dates(size_t a, size_t b) const {
    if (values_[a].value.type != ValueType::kDate || values_[b].value.type != ValueType::kDate) return false;
    if (values_[a].span.end > values_[b].span.start) return false;
    static const RE2 kDash(R"(\s*(?:-|–|—)\s*)");
    const re2::StringPiece between(doc_.text.data() + values_[a].span.end, values_[b].span.start - values_[a].span.end);
    return RE2::FullMatch(between, kDash);
  }

  static constexpr int kMinLifespanYears = 15, kMaxLifespanYears = 125;

  // "Karl Weyprecht (8 September 1838 – 2 March 1881)", "Muhammad III (…; 1211–1255)": two dates
  // joined by a dash that close a parenthesis are the first and last dates of the pack's
  // lifespan attributes (birth and death), for the subject named before the parenthesis.
  void lifespans(const Span& s) {
    if (lex_.lifespan.size() != 2) return;
    const AttributeDef* defs[2] = {nullptr, nullptr};
    for (const AttributeDef& a : lex_.attributes)
      for (int i = 0; i < 2; ++i)
        if (a.id == lex_.lifespan[static_cast<size_t>(i)]) defs[i] = &a;
    if (!defs[0] || !defs[1]) return;
    const std::string_view text = doc_.text;
    auto is_date = [](const Mention& m) {
      return m.value.type == ValueType::kDate && m.value.resolved && m.duration.empty() && m.time.empty() &&
             (m.value.date.precision == Precision::kDay || m.value.date.precision == Precision::kYear);
    };
    const auto [vf, vl] = items_in(values_, s);
    for (size_t v = vf; v + 1 < vl; ++v) {
      const Mention& first = values_[v];
      const Mention& last = values_[v + 1];
      if (used_[v] || used_[v + 1] || !is_date(first) || !is_date(last)) continue;
      // A life, not a term of office or a war: "(2017-2018)" and "(1939–1945)" are not lifespans.
      const int years = last.value.date.year - first.value.date.year;
      if (years < kMinLifespanYears || years > kMaxLifespanYears) continue;
      static const RE2 kDash(R"(\s*(?:-|–|—)\s*)");
      static const RE2 kClose(R"(\s*\))");
      re2::StringPiece between(text.data() + first.span.end, last.span.start - first.span.end);
      re2::StringPiece after(text.data() + last.span.end, std::min<size_t>(4, s.end - last.span.end));
      if (!RE2::FullMatch(between, kDash) || !RE2::Consume(&after, kClose)) continue;
      // The parenthesis opens before the first date, with no value in between ("(born …;").
      const size_t from = first.span.start > s.start + 80 ? first.span.start - 80 : s.start;
      const size_t open = text.substr(from, first.span.start - from).rfind('(');
      if (open == std::string_view::npos) continue;
      const size_t open_at = from + open;
      if (text.substr(open_at, first.span.start - open_at).find(')') != std::string_view::npos) continue;
      if (v > vf && values_[v - 1].span.end > open_at) continue;
      const Span paren{open_at, static_cast<size_t>(after.data() - text.data())};
      used_[v] = used_[v + 1] = true;
      emit(*defs[0], around(s, paren), paren, "(date – date)", first);
      emit(*defs[1], around(s, paren), paren, "(date – date)", last);
    }
  }

  // Half the unit of the last digit written, scaled like the value: "1,3 milliard" is known to
  // ±0.05 milliard, "1 240 m" to ±0.5 m. Numbers written more roundly than another document's
  // are not a conflict for it.
  double written_precision(const Mention& m) const {
    if (m.value.type == ValueType::kDate || m.value.type == ValueType::kStatus) return 0;
    const std::string_view text = std::string_view(doc_.text).substr(m.span.start, m.span.end - m.span.start);
    const size_t digit = text.find_first_of("0123456789");
    if (digit == std::string_view::npos) return 0;  // a number in words: exact as written
    const Lang lang = lang_from_code(doc_.lang);
    const auto number = parse_number(text.substr(digit), lang);
    if (!number || number->value.amount == 0) return 0;
    const std::string_view written = text.substr(digit, number->length);
    const char decimal = lang == Lang::kEn ? '.' : ',';
    const size_t point = written.rfind(decimal);
    const size_t decimals = point == std::string_view::npos ? 0 : written.size() - point - 1;
    return 0.5 * std::pow(10.0, -static_cast<double>(decimals)) * std::fabs(m.value.amount / number->value.amount);
  }

  // "65 km/h (40 mph)", "20 acres (81,000 m2)": a value of the same type in parentheses right
  // after another restates it in other units; rounded, it would only disagree with itself.
  void mark_restatements() {
    for (size_t i = 1; i < values_.size(); ++i) {
      const Value& a = values_[i - 1].value;
      const Value& b = values_[i].value;
      if (a.type != b.type || a.type == ValueType::kDate || a.type == ValueType::kNumber) continue;
      const std::string_view between =
          std::string_view(doc_.text).substr(values_[i - 1].span.end, values_[i].span.start - values_[i - 1].span.end);
      if (between.find_first_not_of(" (") == std::string_view::npos && between.find('(') != std::string_view::npos)
        used_[i] = true;
    }
  }

  void drop_inside_values(std::vector<Hit>* hits) const {
    hits->erase(std::remove_if(hits->begin(), hits->end(),
                               [&](const Hit& h) {
                                 const auto [first, last] = items_in(values_, {0, h.span.end});
                                 for (size_t i = last; i-- > first;) {
                                   if (values_[i].span.end <= h.span.start) break;
                                   if (values_[i].span.start <= h.span.start) return true;
                                 }
                                 return false;
                               }),
                hits->end());
  }

  const Hit* nearest_hit(const std::vector<Hit>& hits, const Span& s, const Span& anchor) const {
    const auto [first, last] = items_in(hits, s);
    const Hit* best = nullptr;
    for (size_t i = first; i < last; ++i)
      if (!best || distance(anchor, hits[i].span) < distance(anchor, best->span)) best = &hits[i];
    return best;
  }

  std::string quote(const Span& s) const { return doc_.text.substr(s.start, s.end - s.start); }

  void set_subject(Claim* c, const SubjectMention& m) const {
    const Entity& e = subjects_.entities()[m.entity];
    c->subject_id = e.id;
    c->subject_name = e.name;
    c->subject_text = quote(m.span);
  }

  // Binds the claim; the quote takes in where the sentence names or refers to the subject.
  bool bind(const Span& s, const Span& anchor, Claim* c, Span* q) const {
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
  bool carry(const std::string& family, const Span& s, Claim* c) const {
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

  Claim start_claim(const std::string& attribute, const std::string& family, const Value& value,
                    const Span& value_span, const std::string& producer) const {
    Claim c;
    c.document = doc_index_;
    c.attribute = attribute;
    c.family = family;
    c.value = value;
    c.value_span = value_span;
    c.producer = "lang/" + lex_.lang + "#" + producer;
    c.sentence = sentence_;
    return c;
  }

  void emit(const AttributeDef& def, const Span& s, const Span& cue, const std::string& cue_text,
            const Mention& value) {
    Claim c = start_claim(def.id, def.family, value.value, value.span, def.id);
    c.stable = def.stable;
    c.written_precision = written_precision(value);
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

  void emit_status(const Span& s, const Hit& cue) {
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
    // A status needs its subject in the sentence, or a reference back to it: no carrying.
    bind(s, cue.span, &c, &q);
    c.span = q;
    out_.claims.push_back(std::move(c));
  }

  const Document& doc_;
  size_t doc_index_;
  const Lexicon& lex_;
  const SubjectIndex& subjects_;
  FoldedText folded_;
  std::vector<Mention> values_;
  std::vector<SubjectMention> mentions_;
  std::vector<Span> sentences_;
  std::vector<std::vector<Hit>> attribute_hits_;
  std::vector<std::vector<Hit>> range_hits_, split_first_hits_, split_second_hits_;  // per attribute
  std::vector<Hit> status_hits_, modality_hits_, negation_hits_, event_hits_, anaphora_hits_;
  const SubjectBinder* binder_ = nullptr;
  std::vector<bool> used_;  // values already taken by a claim
  Span sentence_;           // the sentence being read
  std::vector<std::pair<std::string, std::string>> family_subject_;  // (family, subject id) in order
  DocumentClaims out_;
};

}  // namespace

DocumentClaims build_claims(const Document& doc, size_t doc_index, const Lexicon& lex,
                            const SubjectIndex& subjects, const std::vector<DiscoveredPhrase>& phrases) {
  return Builder(doc, doc_index, lex, subjects, phrases).run();
}

}  // namespace checker
