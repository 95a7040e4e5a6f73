// Claim builder: cues that span more than one phrase. A range cue ("Production of the A80:
// May 1993 – August 2002") takes the first date of the first range after it; a split cue
// ("production of the A80 began in April 1993") spans the words between its two phrases.
#include "checker/extract/claim_builder_state.h"
#include "checker/extract/claim_values.h"

namespace checker {

// A split cue's two phrases lie within kSplitWindow; it takes the nearest date, as a cue does.
void ClaimBuilder::range_and_split_cues(const Span& s) {
  for (size_t a = 0; a < lex_.attributes.size(); ++a) {
    // Most attributes have neither kind of cue in a document: nothing to look up per sentence.
    if (range_hits_[a].empty() && split_first_hits_[a].empty()) continue;
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
        if (used_[v] || !joined_dates(doc_.text, values_, v, v + 1) || !matches_type(values_[v].value, def) ||
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

}  // namespace checker
