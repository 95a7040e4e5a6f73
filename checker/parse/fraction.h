// Fractions and mixed numbers at the start of a piece of text.
//   parse_fraction("deux tiers des votants", kFr)   -> 0.666…, length 10
//   parse_fraction("one and a half", kEn)           -> 1.5
//   parse_fraction("3 millions et demi", kFr)       -> 3 500 000
//   parse_fraction("2 1/4", kEn)                    -> 2.25
//   parse_fraction("1 sur 3", kFr)                  -> 0.333…
//   parse_fraction("un cinquième mandat", kFr)      -> nullopt ("a fifth term": an ordinal)
#pragma once

#include <optional>
#include <string_view>

#include "checker/parse/number.h"

namespace checker {

/// A fraction in words (numerator + ordinal: "two thirds", "a fifth of", "cinq huitièmes",
/// "un demi", "trois quarts"), in digits ("3/4", "2 1/4", "½"), as a ratio ("one over three",
/// "1 sur 3", "two out of five", "1 in 20"), or a whole number and a fraction ("twenty and three
/// fifths", "un million et demi", "5 and a quarter", "five and a half million", "half a dozen",
/// "un demi-million"). A singular ordinal after "a"/"one"/"un" is a fraction only when nothing
/// but "of"/"de" or punctuation follows ("un cinquième mandat" is an ordinal).
std::optional<ParsedValue> parse_fraction(std::string_view text, Lang lang);

/// "half" (en) or "la moitié" (fr) alone: 0.5. Read only after a bound ("more than half",
/// "plus de la moitié"), where it is a share; alone it is too often something else ("half time").
std::optional<ParsedValue> parse_bare_half(std::string_view text, Lang lang);

}  // namespace checker
