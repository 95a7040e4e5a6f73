// A fraction in digits: "3/4", "24/7", or a vulgar fraction sign ("½", "¾"). Part of the
// fraction grammar (see fraction.h).
#pragma once

#include <optional>
#include <string_view>

#include "checker/parse/number.h"

namespace checker {

/// "3/4", "½" at the start of `text`: numerator and denominator of up to three digits, the
/// denominator not zero; nullopt for a date ("3/4/2025") or digits or letters right after.
std::optional<ParsedValue> parse_digit_fraction(std::string_view text);

}  // namespace checker
