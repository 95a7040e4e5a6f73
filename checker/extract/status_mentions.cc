// Status mentions: cue hits of the pack's status phrases, each with the negation before it.
#include "checker/extract/status_mentions.h"

namespace checker {

const Hit* negation_of(const std::vector<Hit>& negations, const Span& cue, std::string_view text) {
  const size_t from = cue.start > kNegationWindow ? cue.start - kNegationWindow : 0;
  const auto [first, last] = items_in(negations, {from, cue.start});
  for (size_t i = first; i < last; ++i) {
    const Span& n = negations[i].span;
    if (n.end > cue.start) continue;
    if (text.substr(n.end, cue.start - n.end).find_first_of(",;:.") != std::string_view::npos) continue;
    return &negations[i];
  }
  return nullptr;
}

std::vector<StatusMention> find_statuses(const FoldedText& folded, std::string_view text, size_t begin,
                                         const Lexicon& lex) {
  std::vector<StatusMention> out;
  if (!lex.status_matcher) return out;
  const std::vector<std::vector<PhraseHit>> found = lex.status_cues.find_all(folded.text());
  if (found.size() != 2) return out;  // a pack that was not compiled
  const std::vector<Hit> negations = find_hits(found[1], lex.negation_matcher.get(), folded, text, begin);
  for (const Hit& cue : find_hits(found[0], lex.status_matcher.get(), folded, text, begin)) {
    const auto [status_i, cue_i] = lex.status_index[cue.index];
    const StatusDef& def = lex.statuses[status_i];
    StatusMention m{cue.span, def.value, def.cues[cue_i], false};
    if (const Hit* n = negation_of(negations, cue.span, text)) {
      m.negated = true;
      m.span.start = n->span.start;
      if (!def.negation.empty()) m.value = def.negation;
    }
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace checker
