// Value mentions in a document: RE2 finds where a value may start, the grammars of parse/ say
// what it is. Numbers glued to names (Ariane-6, A-380M, C295), footnote markers (41(*)) and
// URLs are not values.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checker/core/claim.h"
#include "checker/core/value.h"
#include "checker/parse/lang.h"

namespace checker {

struct Mention {
  Span span;
  Value value;
  std::string duration;  // TIMEX3 duration ("P3Y", "P18M") when the mention is a length of time
  std::string time;      // TIMEX3 time ("2026-02-14TEV", "XXXX-XX-XXT18:00") for a clock time or part of a day
  std::string set;       // TIMEX3 SET value ("P1Y", "XXXX-WXX-4") for a recurrence ("chaque année", "par an")
};

struct ScanOptions {
  /// Report lengths of time ("pendant trois ans") and recurrences ("chaque année") as mentions;
  /// claims leave them out, as they are neither dates nor quantities of a subject.
  bool durations = false;
  /// Report clock times, parts of the day and the "ici" of "d'ici" ("18 h", "hier soir"), for
  /// the same reason.
  bool times = false;
  /// The last day named before `begin`, when the text before it was read apart: clock times
  /// before the first day of [begin, end) belong to it.
  std::optional<PartialDate> day_before;
};

/// What a scan leaves for the text after it, when a long text is read in pieces.
struct ScanState {
  std::optional<PartialDate> last_day;  // the last day named, or ScanOptions::day_before
  bool time_before_day = false;         // a clock time came before any day (its date: the fallback)
  size_t first_day = std::string_view::npos;  // where the first day named in [begin, end) starts
};

/// Values in [begin, end) of `text`, left to right. `reference` is the document date, used to
/// anchor relative dates; a four-digit integer from 1000 to 2199 standing alone is a year.
std::vector<Mention> scan_values(std::string_view text, size_t begin, size_t end, Lang lang,
                                 const std::optional<PartialDate>& reference,
                                 const ScanOptions& options = {}, ScanState* state = nullptr);

}  // namespace checker
