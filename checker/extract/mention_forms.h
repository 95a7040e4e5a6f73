// Mentions built from several grammars of parse/: quantities under a qualifier, ranges,
// qualified durations, times on a day, and the plain four-digit year.
#pragma once

#include <optional>
#include <string_view>

#include "checker/extract/mentions.h"
#include "checker/parse/number.h"

namespace checker {

/// A quantity at the start of `text`, where a plain four-digit integer from 1000 to 2199 is a
/// year; a collective in words ("une dizaine") gets its interval.
std::optional<ParsedValue> single_value(std::string_view text, Lang lang);

/// "près de 100 000", "plus de 6000", "entre 1,5 et 3,8 %", "de 3 à 5": a quantity under a
/// qualifier, as an interval. Returns nullopt for a year after the qualifier ("entre 2017 et
/// 2018", left to the date path), a length of time ("plus de trois ans"), or two ends of
/// different kinds ("de 15 % à 415,9 millions $").
std::optional<ParsedValue> qualified_value(std::string_view text, Lang lang);

/// "15-20 %", "0,2–0,3 %", "2 à 3 km", "5 to 10 kg": two values in digits joined by a dash that
/// touches both, "à" or "to", the second with a unit, a currency or a percent sign, read as a
/// range (the first end takes the second's unit and scale). Plain numbers ("3-2"), dates,
/// lengths of time, "75 -300mm" and "eight to 10 feet" are not. `first` is single_value(text).
std::optional<ParsedValue> bare_range(std::string_view text, const ParsedValue& first, Lang lang);

/// "plus de vingt ans", "about three years": a duration under a qualifier; span from 0.
/// "over three years" is across them, and "over thirty years old" an age: nullopt.
std::optional<Mention> qualified_duration(std::string_view text, Lang lang);

/// "faire 3 tours", "effectue deux tours": a whole count of French "tours" is a number of turns
/// after a form of "faire" or "effectuer" (`before` ends where the count starts); elsewhere "3
/// tours" are as often towers or election rounds. `count` is single_value(text); nullopt when the
/// rule does not apply.
std::optional<ParsedValue> turns_after_verb(std::string_view before, std::string_view text, const ParsedValue& count,
                                            Lang lang);

/// "il pèse 25 livres", "un poids de 2 livres": French "livres" after a count is a weight in
/// pounds when a word of weight ("pèse", "pesait", "poids") comes before the count in the same
/// clause (`before` ends where the count starts); elsewhere "25 livres" are books as often (money
/// after a scale is read by the grammar). nullopt when the rule does not apply.
std::optional<ParsedValue> pounds_after_weight(std::string_view before, std::string_view text, const ParsedValue& count,
                                               Lang lang);

/// "la température est de 24 degrés": in French a bare degree (an angle elsewhere) is a
/// temperature in °C when "température" comes before it in the same clause. (English leaves the
/// scale unsaid, Celsius or Fahrenheit: not read.) nullopt when the rule does not apply.
std::optional<ParsedValue> celsius_after_temperature(std::string_view before, std::string_view text,
                                                     const ParsedValue& count, Lang lang);

/// "a progressé de 0,3 point à 2,9 %", "rose 0.3 points to 2.9%": a bare "point(s)" after a count
/// is a change in percentage points when a rate follows at once ("à"/"to" and a percentage) and,
/// in French, "de" comes before the count; elsewhere points are a score's ("il a marqué 12 points
/// à 40 % de réussite"). nullopt when the rule does not apply.
std::optional<ParsedValue> points_before_rate(std::string_view before, std::string_view text, const ParsedValue& count,
                                              Lang lang);

/// `count` with the unit that only the words around it decide (turns_after_verb,
/// pounds_after_weight, celsius_after_temperature, points_before_rate), or `count` unchanged.
ParsedValue unit_from_context(std::string_view before, std::string_view text, const ParsedValue& count, Lang lang);

/// "18 h", "ce soir", "maintenant" as a TIMEX3 time on `day` (the day they belong to; without
/// a day-precise one the date part is "XXXX-XX-XX"); span from 0. `after_at`: see parse_clock.
std::optional<Mention> time_mention(std::string_view text, Lang lang, const std::optional<PartialDate>& day,
                                    bool after_at);

}  // namespace checker
