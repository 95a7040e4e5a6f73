// Seasons at the start of a piece of text, as TIMEX3 season dates.
//   parse_season("l'été 2002", kFr, …)          -> 2002-SU
//   parse_season("cet hiver", kFr, 2025-11-09)   -> 2025-WI
//   parse_season("last spring", kEn, 2025-11-09) -> 2025-SP
//   parse_season("a été inauguré", kFr, …)       -> nullopt (the verb, not the summer)
#pragma once

#include <optional>
#include <string_view>

#include "checker/core/date.h"
#include "checker/parse/number.h"

namespace checker {

/// A season (fr: printemps, été, automne, hiver; en: spring, summer, fall/autumn, winter) with a
/// year ("l'été 2002", "summer of 2024"), a determiner ("l'automne", "cet été", "this winter") or
/// "dernier"/"prochain", "last"/"next". A bare season word counts only with a year or when
/// `after_in` says "en"/"in" precedes it ("en été", "in spring"). Without a year the season is
/// resolved against `reference` (that year; the last or next such season for dernier/prochain),
/// and left unresolved ("XXXX-SU") without one.
std::optional<ParsedValue> parse_season(std::string_view text, Lang lang, const std::optional<PartialDate>& reference,
                                        bool after_in);

}  // namespace checker
