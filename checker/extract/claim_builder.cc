// The claim builder's pass over one document: it reads the document's values, cues and subject
// mentions once, then walks it sentence by sentence; an attribute cue takes the nearest value
// of its type, and a quantity whose unit implies an attribute needs no cue.
#include "checker/extract/claim_builder.h"

#include <algorithm>
#include <limits>

#include "checker/extract/claim_builder_state.h"
#include "checker/extract/claim_values.h"
#include "checker/text/sentences.h"

namespace checker {

ClaimBuilder::ClaimBuilder(const Document& doc, size_t doc_index, const Lexicon& lex, const SubjectIndex& subjects,
                           const std::vector<DiscoveredPhrase>& phrases)
    : doc_(doc), doc_index_(doc_index), lex_(lex), subjects_(subjects), folded_(doc.text) {
  const size_t begin = doc.body_start, end = doc.text.size();
  values_ = scan_values(doc.text, begin, end, lang_from_code(doc.lang), doc.date);
  mentions_ = subjects.find(folded_, begin, end, lex, phrases);
  std::vector<size_t> named;  // interned once per subject, not once per mention
  named.reserve(mentions_.size());
  for (const auto& m : mentions_) named.push_back(m.entity);
  std::sort(named.begin(), named.end());
  named.erase(std::unique(named.begin(), named.end()), named.end());
  for (size_t e : named) out_.subjects.insert(InternedString(subjects.entities()[e].id));
  out_.subjects.shrink_to_fit();
  // Every cue list of the pack in one pass over the folded text.
  const std::vector<std::vector<PhraseHit>> found = lex.cues.find_all(folded_.text());
  const Lexicon::CueLists& lists = lex.cue_lists;
  auto hits_of = [&](size_t list, const PhraseMatcher* matcher) {
    return find_hits(found[list], matcher, folded_, doc.text, begin);
  };
  for (size_t a = 0; a < lex.attributes.size(); ++a) {
    attribute_hits_.push_back(hits_of(lists.attributes[a], &lex.attribute_matchers[a]));
    range_hits_.push_back(hits_of(lists.ranges[a], &lex.range_matchers[a]));
    split_first_hits_.push_back(hits_of(lists.split_first[a], &lex.split_first_matchers[a]));
    split_second_hits_.push_back(hits_of(lists.split_second[a], &lex.split_second_matchers[a]));
  }
  status_hits_ = hits_of(lists.status, lex.status_matcher.get());
  modality_hits_ = hits_of(lists.modality, lex.modality_matcher.get());
  negation_hits_ = hits_of(lists.negation, lex.negation_matcher.get());
  event_hits_ = hits_of(lists.event, lex.event_matcher.get());
  anaphora_hits_ = hits_of(lists.anaphora, lex.anaphora_matcher.get());
  sentences_ = split_sentences(doc.text, begin, end);
  // Words inside a value are part of it: "May" in "3 May 1961" is no hedge.
  for (auto* hits : {&modality_hits_, &negation_hits_, &event_hits_, &status_hits_}) drop_inside_values(hits);
  for (auto* list : {&attribute_hits_, &range_hits_, &split_first_hits_, &split_second_hits_})
    for (auto& hits : *list) drop_inside_values(&hits);
}

DocumentClaims ClaimBuilder::run() && {
  const SubjectBinder binder(doc_.text, sentences_, mentions_, anaphora_hits_, lex_, subjects_);
  binder_ = &binder;
  used_.assign(values_.size(), false);  // each value lies in one sentence: no reset needed
  mark_restatements(doc_.text, values_, &used_);
  for (const Span& s : sentences_) sentence(s);
  return std::move(out_);
}

void ClaimBuilder::sentence(const Span& s) {
  sentence_ = s;
  lifespans(s);
  const auto [vf, vl] = items_in(values_, s);
  range_and_split_cues(s);
  // Attribute cues take the nearest value of their type in the sentence.
  for (size_t a = 0; a < lex_.attributes.size(); ++a) {
    if (attribute_hits_[a].empty()) continue;  // no cue of it in the document
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
        if (def.value_type == "date" && !inside(values_[v].span, own) && in_date_range(doc_.text, values_, v)) continue;
        // "got 40% of its funding": a weak cue before a share of something named after it.
        if (cue.index >= def.first_bare_cue && cue.span.end <= values_[v].span.start &&
            def.bare_cue_stops.count(word_after(doc_.text, values_[v].span.end, s.end)))
          continue;
        if (d < best_d) { best_d = d; best = v; }
      }
      if (best == values_.size()) continue;
      used_[best] = true;
      emit(def, w, cue.span, def.cues[cue.index], values_[best]);
      if (def.value_type == "date") revised_targets(def, w, cue);
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

// "prévue fin 2026, a été reportée à 2027", "was pushed back to mid-2026": the date a
// postponement names right before it is the same milestone's new target, a claim of its own
// (its modality, from the nearest modality cue, is the postponement's).
void ClaimBuilder::revised_targets(const AttributeDef& def, const Span& w, const Hit& cue) {
  const auto [wf, wl] = items_in(values_, w);
  for (size_t v = wf; v < wl; ++v) {
    if (used_[v] || !matches_type(values_[v].value, def) || !after_postponement(v, w)) continue;
    used_[v] = true;
    emit(def, w, cue.span, def.cues[cue.index], values_[v]);
  }
}

// Whether `gap` is one of the pack's `first` words, then at most articles ("à la", "to the").
bool ClaimBuilder::introduces(std::string_view gap, const std::vector<std::string>& first) const {
  bool opened = false;
  for (size_t at = 0; at < gap.size();) {
    if (gap[at] == ' ') {
      ++at;
      continue;
    }
    size_t end = gap.find(' ', at);
    if (end == std::string_view::npos) end = gap.size();
    const auto& allowed = opened ? lex_.definites : first;
    if (std::find(allowed.begin(), allowed.end(), gap.substr(at, end - at)) == allowed.end()) return false;
    opened = true;
    at = end;
  }
  return opened;
}

// Whether value `v` is named by a postponement cue right before it, through one of the pack's
// new_target_words ("reportée à 2027", "pushed back to the second half of 2028"), or after the
// old target ("reportée de 2025 à 2027", "postponed from 2025 to 2027"): the words that introduce
// a new target, not the date of the decision ("reportée le 12 mars 2024", "postponed in March 2024").
bool ClaimBuilder::after_postponement(size_t v, const Span& w) const {
  const std::string_view text(doc_.text);
  const size_t start = values_[v].span.start;
  const auto [first, last] = items_in(modality_hits_, {w.start, start});
  for (size_t i = last; i-- > first;) {
    const Hit& h = modality_hits_[i];
    if (h.span.end > start) continue;
    if (lex_.modality_index[h.index] != Modality::kPostponed) return false;
    if (start - h.span.end <= kPostponedGap && introduces(text.substr(h.span.end, start - h.span.end), lex_.new_target_words))
      return true;
    // "from 2025 to 2027": the value before is the old target.
    if (v == 0) return false;
    const Span old = values_[v - 1].span;
    return old.start >= h.span.end && old.start - h.span.end <= kPostponedGap && start - old.end <= kPostponedGap &&
           introduces(text.substr(h.span.end, old.start - h.span.end), lex_.old_target_words) &&
           introduces(text.substr(old.end, start - old.end), lex_.new_target_words);
  }
  return false;
}

void ClaimBuilder::drop_inside_values(std::vector<Hit>* hits) const {
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

DocumentClaims build_claims(const Document& doc, size_t doc_index, const Lexicon& lex,
                            const SubjectIndex& subjects, const std::vector<DiscoveredPhrase>& phrases) {
  return ClaimBuilder(doc, doc_index, lex, subjects, phrases).run();
}

}  // namespace checker
