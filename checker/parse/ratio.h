// A ratio of two whole numbers: "1 over 3", "one out of three", "un sur trois", "1 in 20".
// Part of the fraction grammar (see fraction.h).
#pragma once

#include <optional>
#include <string_view>

#include "checker/parse/number.h"

namespace checker {

/// The ratio at the start of `text`, as a number (numerator / denominator). Not a ratio: a
/// length of time ("1000 € sur 3 ans"), a year ("5 in 2020"), "in" after anything but one,
/// "12 out of 10", "over" followed by a word ("5 over 10 years"), a zero denominator.
std::optional<ParsedValue> parse_ratio(std::string_view text, Lang lang);

}  // namespace checker
