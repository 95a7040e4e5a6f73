// How far a date the scanner found reaches: the article and words before it that name its kind
// ("le 13 février", "l'année 2001", "this Sunday"), a part of the day after it ("hier soir"),
// and when a month named alone is a date. Internal to the value scanner (mentions.cc).
#pragma once

#include <string_view>

#include "checker/extract/mentions.h"

namespace checker {

/// A day-precise date takes the French article before it ("le 13 février", as TimeML spans
/// it) and, when `options.times`, a part of the day after it ("hier soir"). [begin, end) is the
/// scanned range.
void finish_day(std::string_view text, size_t begin, size_t end, Lang lang, const ScanOptions& options,
                Mention* m);

/// Words before a date that name its kind belong to it: "Ce dimanche", "l'année 2001", "mois de
/// juin", "this Sunday" (TimeML spans them so).
void extend_date_head(std::string_view text, size_t begin, Lang lang, Mention* m);

/// A month named alone is a date ("en septembre", "la rentrée de septembre"), but not as the
/// start of a quoted name ("« janvier sanglant »"). `rest` is the text from `start`, `length`
/// the date's length in it.
bool month_alone_allowed(std::string_view text, size_t begin, size_t start, std::string_view rest, size_t length);

/// A half or quarter without its year ("the first quarter") is the nearest to the reference, but
/// not after a possessive ("next year's first quarter" is another year's, "its first quarter" a
/// fiscal year's) nor an indefinite article ("a third quarter in a row"). `rest` is the text from
/// `start`, `length` the date's length in it.
bool part_alone_allowed(std::string_view text, size_t begin, size_t start, std::string_view rest, size_t length);

}  // namespace checker
