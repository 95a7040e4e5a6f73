// Dates relative to the document date, at the start of a piece of text.
//   parse_relative_date("l'an prochain", kFr, 2022-05-10)  -> 2023 (year)
//   parse_relative_date("last month", kEn, 2022-05-10)     -> 2022-04 (month)
//   parse_relative_date("mercredi", kFr, 1999-05-20)       -> 1999-05-19 (the nearest Wednesday)
//   parse_relative_date("dans deux ans", kFr, 2022-05-10)  -> 2024
//   parse_relative_date("l'an prochain", kFr, {})          -> unresolved (never the clock)
#pragma once

#include <optional>
#include <string_view>

#include "checker/core/date.h"
#include "checker/parse/number.h"

namespace checker {

/// fr: l'an/l'année prochain(e)/dernier(ère)/passé(e), cette année, le mois prochain/dernier,
/// ce mois-ci, aujourd'hui, hier, demain, avant-hier, après-demain, lundi … dimanche, dans N
/// ans/mois/jours, il y a N ans/mois/jours; en: next/last/this year/month, today, yesterday,
/// tomorrow, Monday … Sunday, in N years/months/days, N years/months/days ago.
/// A weekday is the one nearest the reference day (three days either way). Without a
/// reference (or one too coarse for the unit) the value is returned with resolved = false.
std::optional<ParsedValue> parse_relative_date(std::string_view text, Lang lang,
                                               const std::optional<PartialDate>& reference);

}  // namespace checker
