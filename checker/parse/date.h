// Dates written in words or digits, at the start of a piece of text.
//   parse_date("décembre 2025", kFr, {})          -> 2025-12 (month)
//   parse_date("27 novembre dernier", kFr, 2026-02) -> 2025-11-27 (resolved against the reference)
//   parse_date("27 novembre dernier", kFr, {})      -> XXXX-11-27, resolved = false
//   parse_date("09/11/2025", kFr, {})             -> 2025-11-09 (fr: day first; en: month first)
//   parse_date("fin 2025", kFr, {})               -> 2025, mod END
//   parse_date("March 3, 2021", kEn, {})          -> 2021-03-03
#pragma once

#include <optional>
#include <string_view>

#include "checker/core/date.h"
#include "checker/parse/number.h"

namespace checker {

/// Parses a date at the very start of `text`. `reference` anchors relative expressions
/// ("dernier", "prochain", a day and month without a year); without one they are returned
/// unresolved (year 0, Value::resolved = false). A bare year is not parsed here: a four-digit
/// number is a year only when nothing else claims it (see extract/mentions).
std::optional<ParsedValue> parse_date(std::string_view text, Lang lang,
                                      const std::optional<PartialDate>& reference);

}  // namespace checker
