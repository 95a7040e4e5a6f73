// Scores our date and duration mentions against the French TimeBank (ISO-TimeML): TIMEX3
// extraction strict (same span) and relaxed (overlap), and value (overlap + equal TIMEX3 value),
// each document read with its creation time (DCT) as the reference date.
#pragma once

#include <string>

#include "score.h"

namespace checker::eval {

/// Adds "TimeBank strict|relaxed|value <category>" scores for every .tml file of `dir`.
/// Returns "" or an error naming the file.
std::string score_timebank(const std::string& dir, Scores* scores);

}  // namespace checker::eval
