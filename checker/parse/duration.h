// Lengths of time at the start of a piece of text, as TIMEX3 durations.
//   parse_duration("18 mois", kFr)        -> {length 7, "P18M"}
//   parse_duration("trois ans", kFr)      -> {length 9, "P3Y"}
//   parse_duration("30,4 secondes", kFr)  -> "PT30.4S"
//   parse_duration("P3Y", kEn)            -> "P3Y" (ISO 8601 as written)
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "checker/parse/lang.h"

namespace checker {

struct ParsedDuration {
  size_t length = 0;
  std::string timex;   // "P3Y", "P18M", "P2W", "P10D", "PT3H", "PT30.4S"
  double count = 0;
};

/// A number (digits or words) followed by a unit of time (an/année/mois/semaine/jour/heure/
/// minute/seconde; year/month/week/day/hour/minute/second), or an ISO 8601 duration.
/// A bare "h" is not an hour here: "3 h" is too often part of a clock time or a name.
std::optional<ParsedDuration> parse_duration(std::string_view text, Lang lang);

}  // namespace checker
