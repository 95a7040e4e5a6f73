// What one document offers the claim builder, each list sorted by position, with lookups of
// the items inside a span in O(log n) (a long document must not make extraction quadratic).
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include "checker/core/claim.h"
#include "checker/extract/lexicon.h"
#include "checker/extract/mentions.h"
#include "checker/extract/subjects.h"
#include "checker/text/fold.h"

namespace checker {

/// A cue phrase found in the document: its original bytes and which phrase it was.
struct Hit {
  Span span;
  size_t index = 0;
};

inline bool inside(const Span& s, const Span& outer) { return s.start >= outer.start && s.end <= outer.end; }

inline size_t distance(const Span& a, const Span& b) {
  if (a.end <= b.start) return b.start - a.end;
  if (b.end <= a.start) return a.start - b.end;
  return 0;
}

/// The items of `items` (sorted by span.start) that start inside `s`, as [first, last) indices.
template <typename T>
std::pair<size_t, size_t> items_in(const std::vector<T>& items, const Span& s) {
  const auto before = [](const T& item, size_t pos) { return item.span.start < pos; };
  const auto first = std::lower_bound(items.begin(), items.end(), s.start, before);
  const auto last = std::lower_bound(first, items.end(), s.end, before);
  return {static_cast<size_t>(first - items.begin()), static_cast<size_t>(last - items.begin())};
}

/// Hits of a phrase matcher over the document body (`text` from `body_start`), in original byte
/// offsets, keeping only those with the diacritics their phrase was written with.
std::vector<Hit> find_hits(const PhraseMatcher* matcher, const FoldedText& folded, std::string_view text,
                           size_t body_start);
/// The same from hits already found in `folded` (one list of CueSet::find_all), with `matcher`
/// the list's PhraseMatcher (for the diacritics).
std::vector<Hit> find_hits(const std::vector<PhraseHit>& found, const PhraseMatcher* matcher,
                           const FoldedText& folded, std::string_view text, size_t body_start);

/// The folded word that starts after `pos` once spaces are skipped, up to `end`, with its elision
/// apostrophe ("of", "d'"); empty when a digit, a sign or the end comes first.
std::string word_after(std::string_view text, size_t pos, size_t end);

}  // namespace checker
