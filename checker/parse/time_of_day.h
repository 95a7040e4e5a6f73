// Clock times and parts of the day, at the start of a piece of text.
//   parse_clock("18 h", kFr)       -> {length 4, "T18:00"}
//   parse_clock("20 h 30", kFr)    -> "T20:30"
//   parse_clock("3 hélicoptères")  -> nullopt (the "h" starts a word)
//   parse_clock("à 2024")          -> nullopt (no hour over 24)
//   parse_day_part(" soir", kFr)   -> {length 5, "TEV"}
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "checker/parse/lang.h"

namespace checker {

struct ParsedTime {
  size_t length = 0;
  std::string timex;  // the time part of a TIMEX3 value: "T18:00", "TEV"
};

/// fr: "18 h", "18h30", "20 h 30", "18:30"; en: "18:30", "6 pm", "6:30 a.m.". With `after_at`
/// (the text follows "à" or "vers"), French "15 heures" and "15 heures 30" are clock times too;
/// elsewhere they are durations.
std::optional<ParsedTime> parse_clock(std::string_view text, Lang lang, bool after_at = false);

/// A part of the day right after a day ("hier soir", "mardi matin"): leading spaces, then
/// matin/après-midi/soir/soirée/nuit (morning/afternoon/evening/night) -> TMO/TAF/TEV/TNI.
std::optional<ParsedTime> parse_day_part(std::string_view text, Lang lang);

/// A part of the current day: "ce soir", "ce matin", "cette nuit", "cet après-midi";
/// "tonight", "this morning" -> "TEV", "TMO"…
std::optional<ParsedTime> parse_this_day_part(std::string_view text, Lang lang);

/// The present as a reference, not a date: maintenant, désormais, actuellement, à présent, pour
/// le moment; now, currently, nowadays -> "PRESENT_REF"; l'avenir, prochain(e)(s) ->
/// "FUTURE_REF"; auparavant, précédent(e)(s), nouvellement -> "PAST_REF"; nocturne -> "TNI".
std::optional<ParsedTime> parse_present(std::string_view text, Lang lang);

}  // namespace checker
