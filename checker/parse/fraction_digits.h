// A fraction in digits: "3/4", "24/7", or a vulgar fraction sign ("½", "¾"). Part of the
// fraction grammar (see fraction.h).
#pragma once

#include <optional>
#include <string_view>

#include "checker/parse/number.h"

namespace checker {

/// "3/4", "½" at the start of `text`: numerator and denominator of up to three digits, the
/// denominator not zero; nullopt for a date ("3/4/2025"), digits or letters right after, or a
/// day in two calendars (month_phrase_follows).
std::optional<ParsedValue> parse_digit_fraction(std::string_view text);

/// Whether `rest` (what follows "12/25") is a space, a month name (French or English), then a day
/// or year or the end of the phrase: "12/25 November 1917", "12/25 November." is a day in two
/// calendars (Julian, then Gregorian), not a fraction.
bool month_phrase_follows(std::string_view rest);

}  // namespace checker
