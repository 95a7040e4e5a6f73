// A fraction with its numerator, in words or digits: "two thirds", "a fifth of", "un demi",
// "one twenty-fifth", "3/4", "half a dozen", "two thirds of a million". Part of the fraction
// grammar (see fraction.h), which adds ratios and whole numbers with a fraction.
#pragma once

#include <optional>
#include <string_view>

#include "checker/parse/number.h"

namespace checker {

/// The fraction at the start of `text`. `*scale_out` receives the scale word read after it
/// ("half million": 1e6), 1 when none. When `alone` (nothing was read before it), a singular
/// ordinal after "a"/"one"/"un" is a fraction only when "of"/"de", punctuation, the end or a unit
/// follows ("un cinquième mandat" is an ordinal).
std::optional<ParsedValue> parse_simple_fraction(std::string_view text, Lang lang, bool alone, double* scale_out);

}  // namespace checker
