// Recurrences at the start of a piece of text, as TIMEX3 SET values.
//   parse_recurrence("chaque année", kFr)     -> {start 0, length 13, "P1Y"}
//   parse_recurrence("tous les jeudis", kFr)  -> "XXXX-WXX-4"
//   parse_recurrence("par an", kFr)           -> {start 4, length 2, "P1Y"} (TimeML spans the unit)
//   parse_recurrence("annuels", kFr)          -> "P1Y"
//   parse_recurrence("par exemple", kFr)      -> nullopt
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "checker/parse/lang.h"

namespace checker {

struct ParsedRecurrence {
  size_t start = 0;   // where the mention starts: after "par"/"per", which TimeML leaves out
  size_t length = 0;  // from `start`
  std::string timex;  // "P1Y", "P1M", "P1W", "P1D", "P6M", "XXXX-WXX-4"
};

/// fr: chaque/tous les/toutes les + unit or weekday (chaque année, tous les mois, tous les
/// jeudis), par + unit (par an, par semestre), annuel/mensuel/hebdomadaire (and their forms);
/// en: every/each + unit or weekday, per + unit, annual/annually/monthly/weekly/daily.
std::optional<ParsedRecurrence> parse_recurrence(std::string_view text, Lang lang);

}  // namespace checker
