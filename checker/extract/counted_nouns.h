// Counted nouns: the noun a plain count counts ("three monks", "huit locuteurs natifs").
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "checker/core/claim.h"
#include "checker/extract/lexicon.h"

namespace checker {

struct CountedNoun {
  std::string singular;  // folded, the plural ending replaced: "monks" -> "monk"
  Span noun;             // the noun as written
};

/// The plural noun that the count ending at `pos` counts, read within [pos, end):
///   counted_noun("the three monks who …", 9, …)        -> {"monk", "monks"}
///   counted_noun("two elderly individuals", 3, …)      -> {"individual", …} (en: any modifier)
///   counted_noun("deux grands ponts", 4, …)            -> {"pont", …} (fr: listed modifiers)
/// Returns nothing when punctuation, a stop word or a capitalized word comes first, when the
/// noun is one of the pack's uncounted nouns ("years", "times"), or when no plural noun comes
/// within the pack's `max_modifiers` words.
std::optional<CountedNoun> counted_noun(std::string_view text, size_t pos, size_t end, const CountRules& rules);

}  // namespace checker
