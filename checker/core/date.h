// Calendar dates at the precision a text gives them (a day, a month, a quarter, a half, a year).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "checker/core/date_mod.h"

namespace checker {

enum class Precision : uint8_t { kDay, kMonth, kQuarter, kHalf, kYear, kSeason, kDecade, kWeek };

/// Days since 1970-01-01 of a proleptic Gregorian date.
long days_from_civil(int year, int month, int day);
/// Days in `month` (1-12) of `year`; 0 for a month outside 1-12.
int days_in_month(int year, int month);

/// A month, a day or a part in one byte (a claim holds three dates, a corpus millions of claims):
/// read and assigned as an int. A number outside 0-255 is kept as 255, which no month, day or
/// part is, so a check for a valid date still refuses it.
///   DateNumber m = 12;  assert(m == 12 && m + 1 == 13);  assert(DateNumber(300) == 255);
class DateNumber {
 public:
  constexpr DateNumber(int n = 0) : n_(n < 0 || n > 255 ? uint8_t{255} : static_cast<uint8_t>(n)) {}  // NOLINT
  constexpr operator int() const { return n_; }  // NOLINT: reads as the int it replaced

 private:
  uint8_t n_;
};

/// A date known to some precision. `part` is the quarter (1-4), half (1-2) or season (1 spring,
/// 2 summer, 3 fall, 4 winter: meteorological, winter runs into the next year) when relevant.
/// A week (ISO 8601) keeps the date of its Monday in year/month/day; part 1 means its weekend.
/// `mod` is a TIMEX3 modifier: "", "START", "MID", "END", "APPROX", "BEFORE", "AFTER".
/// 12 bytes: a claim holds three, and millions of claims stay in memory until the reports.
struct PartialDate {
  int year = 0;
  DateNumber month = 0;
  DateNumber day = 0;
  DateNumber part = 0;
  Precision precision = Precision::kYear;
  DateMod mod;  // TIMEX3 modifier (a handful of values, one byte each: core/date_mod.h)

  /// TIMEX3 value: "2025", "2025-12", "2025-12-09", "2026-Q3", "2027-H1", "2024-SU", "196X"
  /// (a decade: `year` is its first year), "1999-W27", "2003-W05-WE" (a week, a weekend).
  std::string timex() const;
  /// First and last day covered (ignoring `mod`), as days since the epoch.
  long first_day() const;
  long last_day() const;
  /// ISO "YYYY-MM-DD" of first_day() and last_day().
  std::string first_iso() const;
  std::string last_iso() const;
};

const char* precision_name(Precision p);
/// The precision precision_name() names ("day", "season", "decade"…); nullopt for another word.
std::optional<Precision> precision_from_name(const std::string& name);
/// Every name precision_from_name() reads, for messages: "day, month, …, decade".
std::string precision_names();
std::string iso_from_days(long days);

/// Parses "2025", "2025-11", "2025-11-09" (metadata dates). Returns nullopt for anything
/// else or an impossible date (2025-02-30).
std::optional<PartialDate> parse_iso_date(const std::string& text);

/// Orders by first day, then by last day (a year sorts before its own December).
bool date_less(const PartialDate& a, const PartialDate& b);

}  // namespace checker
