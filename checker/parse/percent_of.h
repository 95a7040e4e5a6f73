// A percentage named before its number: "percent of 10", "per cent of twenty-two", "pourcentage de
// vingt", at the end of a clause; a fraction of one percent ("half a percent").
//   parse_percent_of("percent of 10.", kEn)             -> percent 10, length 13
//   parse_percent_of("pourcentage de vingt", kFr)       -> percent 20
//   parse_percent_of("percent of 210 respondents", kEn) -> nullopt (a share of something counted)
//   parse_percent_of("half of one percent", kEn)        -> percent 0.5
#pragma once

#include <optional>
#include <string_view>

#include "checker/parse/number.h"

namespace checker {

/// A percent word (percent, per cent, percentage; pourcent, pour cent, pourcentage, singular or
/// plural) with "of" (fr "de"/"des") and a number in digits or words that ends the clause (end of
/// text or . , ; : ! ? ) after it). The value is that number, as a percentage. Anything after the
/// number ("percent of 210 respondents", "le pourcentage de 18-25 ans") means the number counts
/// something else, and nothing is read; so is a year ("the percentage of 2020").
/// Also a fraction of one percent: "half a percent", "a quarter of a percent", "half of one per
/// cent", "un quart d'un pour cent" (0.5, 0.25 … percent; points when the unit is).
std::optional<ParsedValue> parse_percent_of(std::string_view text, Lang lang);

}  // namespace checker
