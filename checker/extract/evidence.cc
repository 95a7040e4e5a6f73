// Phrase hits mapped back to the original bytes.
#include "checker/extract/evidence.h"

namespace checker {

std::vector<Hit> find_hits(const PhraseMatcher* matcher, const FoldedText& folded, std::string_view text,
                           size_t body_start) {
  if (!matcher) return {};
  return find_hits(matcher->find_all(folded.text()), matcher, folded, text, body_start);
}

std::vector<Hit> find_hits(const std::vector<PhraseHit>& found, const PhraseMatcher* matcher,
                           const FoldedText& folded, std::string_view text, size_t body_start) {
  std::vector<Hit> out;
  if (!matcher) return out;
  for (const auto& h : found) {
    const Span span{folded.original(h.start), folded.original(h.end)};
    if (span.start >= body_start && matcher->accepts(h.index, text.substr(span.start, span.end - span.start)))
      out.push_back({span, h.index});
  }
  return out;
}

}  // namespace checker
