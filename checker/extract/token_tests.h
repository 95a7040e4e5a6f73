// Tests the value scanner runs on the text around a trigger: digits that belong to a name or
// a footnote rather than a value, a decimal separator that starts a number, the pronoun "one",
// a minus sign. Internal to the value scanner (mentions.cc).
#pragma once

#include <string_view>

#include "checker/extract/mentions.h"

namespace checker {

/// A letter just before `pos`, possibly across a hyphen: the number belongs to a name
/// (Ariane-6, A-380M, C295, dénucléarisation41(*)). `begin` is where the text may be read from.
bool glued_to_name(std::string_view text, size_t begin, size_t pos);

/// A bare whole number of one to three digits in [pos, stop) after a capitalized word inside a
/// sentence ("le lanceur Ariane 6 a décollé", "the Falcon 9 rocket") is the number of a model or
/// a series, not a quantity. At a sentence's start ("Chapitre 6") or after a comma it is read.
bool numbered_name(std::string_view text, size_t begin, size_t pos, size_t stop);

/// Digits right after other digits and before "(*)" are a note number glued to the value that
/// precedes it ("en septembre 201962(*)": 2019, note 62).
bool glued_footnote(std::string_view text, size_t begin, size_t pos, size_t end);

/// One to three digits at `pos` followed at once by "(*)" are a footnote call, whatever comes
/// before them (",54(*), mais", "la note 53(*)"): "(*)" marks the note, not a value's footnote.
/// So are one to three digits alone in square brackets ("long.[12]", "note [3]"), a reference call.
bool footnote_call(std::string_view text, size_t begin, size_t pos, size_t end);

/// "the 12/25 November 1917": a day in two calendars (Julian, then Gregorian). Returns the
/// position of the second day when one starts at `pos`, else `pos`.
size_t second_calendar_day(std::string_view text, size_t pos, size_t end);

/// "2025-26", "2024/25", "2020–21": two digits at `pos` that follow a year and a dash or slash and
/// are the next year's last two are that year (a fiscal year, a season), when the first is a year
/// from 1800 to 2100 standing on its own. Returns it, or 0.
int year_pair_tail(std::string_view text, size_t begin, size_t pos, size_t end);

/// The end of the token of letters, digits, '.', ',' and '-' that starts at `pos`.
size_t skip_token(std::string_view text, size_t pos, size_t end);

/// A decimal separator just before `pos` that starts a number (".08" in English, ",5" in
/// French), at the start of the text or after a space or a parenthesis: "2019,08" and "v.2" are
/// something else.
bool leading_decimal(std::string_view text, size_t begin, size_t pos, Lang lang);

/// "the one you mentioned", "which one": the pronoun at `pos`, not the number.
bool pronoun_one(std::string_view text, size_t begin, size_t pos);

/// "-9,2" and "−5" after a space or at the start are negative: extends `m` over the sign and
/// negates it. After a letter the dash joins a name ("A-380"); between two numbers, a range.
void make_negative(std::string_view text, size_t begin, Mention* m);

}  // namespace checker
