// Phrase hits mapped back to the original bytes.
#include "checker/extract/evidence.h"

#include <cctype>

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

std::string word_after(std::string_view text, size_t pos, size_t end) {
  end = std::min(end, text.size());
  auto space_at = [&](size_t i) -> size_t {  // the length of a space at i, or 0
    if (text[i] == ' ' || text[i] == '\t' || text[i] == '\n') return 1;
    if (text.substr(i, 2) == "\xC2\xA0") return 2;          // no-break space
    if (text.substr(i, 3) == "\xE2\x80\xAF") return 3;      // narrow no-break space
    return 0;
  };
  while (pos < end)
    if (const size_t n = space_at(pos)) pos += n;
    else break;
  size_t stop = pos;
  while (stop < end && (std::isalpha(static_cast<unsigned char>(text[stop])) ||
                        (static_cast<unsigned char>(text[stop]) >= 0x80 && !space_at(stop))))
    ++stop;
  if (stop == pos) return {};
  if (stop < end && text[stop] == '\'') ++stop;
  else if (text.substr(stop, 3) == "\xE2\x80\x99") stop += 3;  // typographic apostrophe
  return fold(text.substr(pos, stop - pos));
}

}  // namespace checker
