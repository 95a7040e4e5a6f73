// A length per unit of time after a quantity: "50 km/ms", "3 meters per second", "10 mètres par seconde".
//   per_time("/ms and", 0, kEn, &s)           -> 3, s = 0.001
//   per_time(" per millisecond", 0, kEn, &s)  -> 16, s = 0.001
//   per_time(" par jour", 0, kFr, &s)         -> 0 (a day is a rate of throughput, not a speed)
#pragma once

#include <string_view>

#include "checker/parse/lang.h"

namespace checker {

/// Reads "/" or the language's "per"/"par" and a unit of time from a millisecond to an hour at
/// `pos` in `text`. Returns the position after the unit of time and stores its length in seconds
/// in *seconds, or returns `pos` when no such unit follows. Days and years are left out: "300 km
/// par jour" is a distance covered each day more often than a speed.
size_t per_time(std::string_view text, size_t pos, Lang lang, double* seconds);

}  // namespace checker
