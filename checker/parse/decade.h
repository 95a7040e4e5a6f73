// Decades at the start of a piece of text, as TIMEX3 decade dates.
//   parse_decade("les années 60", kFr, 2002)        -> 196X
//   parse_decade("début des années 1990", kFr, …)   -> 199X, mod START
//   parse_decade("the 1980s", kEn, …)               -> 198X
//   parse_decade("the '60s", kEn, 2002)             -> 196X
#pragma once

#include <optional>
#include <string_view>

#include "checker/core/date.h"
#include "checker/parse/number.h"

namespace checker {

/// A decade: fr "les/des années 60", "années 1990", with "début/milieu/fin des"; en "the 1960s",
/// "the '60s", "the 60s", with "early/mid/late". Two digits name the latest such decade that began
/// by the reference year ("les années 20" in 2026 are the 2020s, in 2002 the 1920s); without a
/// reference, the 1900s.
std::optional<ParsedValue> parse_decade(std::string_view text, Lang lang, const std::optional<PartialDate>& reference);

}  // namespace checker
