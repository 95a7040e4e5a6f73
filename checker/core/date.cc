// Calendar arithmetic for PartialDate (Howard Hinnant's days_from_civil algorithm).
#include "checker/core/date.h"

#include <cstdio>
#include <cstdlib>
#include <utility>

#include <fmt/format.h>

namespace checker {

long days_from_civil(int year, int month, int day) {
  const long y = static_cast<long>(year) - (month <= 2 ? 1 : 0);
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long mp = (month + 9) % 12;
  const long doy = (153 * mp + 2) / 5 + day - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

int days_in_month(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;  // no such month: no valid day in it
  if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0)) return 29;
  return kDays[(month - 1) % 12];
}

std::string iso_from_days(long days) {
  days += 719468;
  const long era = (days >= 0 ? days : days - 146096) / 146097;
  const long doe = days - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const long d = doy - (153 * mp + 2) / 5 + 1;
  const long m = mp < 10 ? mp + 3 : mp - 9;
  const long y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return fmt::format("{:04d}-{:02d}-{:02d}", y, m, d);
}

namespace {
const char* season_code(int part) {
  static const char* const kCodes[] = {"XX", "SP", "SU", "FA", "WI"};
  return kCodes[part >= 1 && part <= 4 ? part : 0];
}
}  // namespace

const char* precision_name(Precision p) {
  switch (p) {
    case Precision::kDay: return "day";
    case Precision::kMonth: return "month";
    case Precision::kQuarter: return "quarter";
    case Precision::kHalf: return "half";
    case Precision::kYear: return "year";
    case Precision::kSeason: return "season";
    case Precision::kDecade: return "decade";
    case Precision::kWeek: return "week";
  }
  return "year";
}

namespace {
constexpr Precision kAllPrecisions[] = {Precision::kDay,    Precision::kMonth,  Precision::kQuarter,
                                        Precision::kHalf,   Precision::kYear,   Precision::kSeason,
                                        Precision::kDecade, Precision::kWeek};

// ISO 8601 week-numbering year and week of a Monday.
std::pair<int, int> iso_week(long monday) {
  auto parts = [](long days) {
    const std::string iso = iso_from_days(days);
    return std::atoi(iso.substr(0, 4).c_str());
  };
  const long thursday = monday + 3;  // the week belongs to the year of its Thursday
  const int year = parts(thursday);
  return {year, static_cast<int>((thursday - days_from_civil(year, 1, 1)) / 7 + 1)};
}
}  // namespace

std::optional<Precision> precision_from_name(const std::string& name) {
  for (Precision p : kAllPrecisions)
    if (name == precision_name(p)) return p;
  return std::nullopt;
}

std::string precision_names() {
  std::string out;
  for (Precision p : kAllPrecisions) out += (out.empty() ? "" : ", ") + std::string(precision_name(p));
  return out;
}

// fmt rather than snprintf: a date's TIMEX3 value is written for every date mention printed.
namespace {

// `v` as fmt's "{:0<width>d}" writes it: the sign, then zeros up to `width` characters in all.
void append_padded(std::string* out, long v, int width) {
  char digits[24];
  int n = 0;
  unsigned long u = v < 0 ? 0UL - static_cast<unsigned long>(v) : static_cast<unsigned long>(v);
  do {
    digits[n++] = static_cast<char>('0' + u % 10);
    u /= 10;
  } while (u != 0);
  if (v < 0) {
    out->push_back('-');
    --width;
  }
  for (int k = n; k < width; ++k) out->push_back('0');
  while (n > 0) out->push_back(digits[--n]);
}

}  // namespace

// Written digit by digit, not through fmt: reports format a date per claim.
std::string PartialDate::timex() const {
  std::string out;
  out.reserve(16);
  if (year == 0) {  // a relative date that could not be anchored: TIMEX3 leaves the year open
    out = "XXXX";
    if (precision == Precision::kDay || precision == Precision::kMonth) {
      out += '-';
      append_padded(&out, month, 2);
      if (precision == Precision::kDay) {
        out += '-';
        append_padded(&out, day, 2);
      }
    } else if (precision == Precision::kSeason) {
      (out += '-') += season_code(int(part));
    } else if (precision == Precision::kWeek) {
      out += part == 1 ? "-WXX-WE" : "-WXX";
    }
    return out;
  }
  switch (precision) {
    case Precision::kDay:
    case Precision::kMonth:
      append_padded(&out, year, 4);
      out += '-';
      append_padded(&out, month, 2);
      if (precision == Precision::kDay) {
        out += '-';
        append_padded(&out, day, 2);
      }
      return out;
    case Precision::kQuarter:
    case Precision::kHalf:
      append_padded(&out, year, 4);
      out += precision == Precision::kQuarter ? "-Q" : "-H";
      append_padded(&out, int(part), 1);
      return out;
    case Precision::kYear:
      append_padded(&out, year, 4);
      return out;
    case Precision::kSeason:
      append_padded(&out, year, 4);
      (out += '-') += season_code(int(part));
      return out;
    case Precision::kDecade:
      append_padded(&out, year / 10, 3);
      out += 'X';
      return out;
    case Precision::kWeek: {
      const auto [y, w] = iso_week(days_from_civil(year, month, day));
      append_padded(&out, y, 4);
      out += "-W";
      append_padded(&out, w, 2);
      if (part == 1) out += "-WE";
      return out;
    }
  }
  return "";
}

long PartialDate::first_day() const {
  switch (precision) {
    case Precision::kDay: return days_from_civil(year, month, day);
    case Precision::kMonth: return days_from_civil(year, month, 1);
    case Precision::kQuarter: return days_from_civil(year, (part - 1) * 3 + 1, 1);
    case Precision::kHalf: return days_from_civil(year, (part - 1) * 6 + 1, 1);
    case Precision::kYear: return days_from_civil(year, 1, 1);
    case Precision::kSeason: return days_from_civil(year, part * 3, 1);  // March, June, September, December
    case Precision::kDecade: return days_from_civil(year - year % 10, 1, 1);
    case Precision::kWeek: return days_from_civil(year, month, day) + (part == 1 ? 5 : 0);
  }
  return 0;
}

long PartialDate::last_day() const {
  switch (precision) {
    case Precision::kDay: return first_day();
    case Precision::kMonth: return days_from_civil(year, month, days_in_month(year, month));
    case Precision::kQuarter: return days_from_civil(year, part * 3, days_in_month(year, part * 3));
    case Precision::kHalf: return days_from_civil(year, part * 6, days_in_month(year, part * 6));
    case Precision::kYear: return days_from_civil(year, 12, 31);
    case Precision::kDecade: return days_from_civil(year - year % 10 + 9, 12, 31);
    case Precision::kWeek: return days_from_civil(year, month, day) + 6;
    case Precision::kSeason:
      return part == 4 ? days_from_civil(year + 1, 2, days_in_month(year + 1, 2))
                       : days_from_civil(year, part * 3 + 2, days_in_month(year, part * 3 + 2));
  }
  return 0;
}

std::string PartialDate::first_iso() const { return iso_from_days(first_day()); }
std::string PartialDate::last_iso() const { return iso_from_days(last_day()); }

std::optional<PartialDate> parse_iso_date(const std::string& text) {
  PartialDate d;
  char tail = 0;
  int month = 0, day = 0;
  if (text.size() == 4 && std::sscanf(text.c_str(), "%4d%c", &d.year, &tail) == 1) {
    d.precision = Precision::kYear;
  } else if (text.size() == 7 && std::sscanf(text.c_str(), "%4d-%2d%c", &d.year, &month, &tail) == 2) {
    d.precision = Precision::kMonth;
  } else if (text.size() == 10 &&
             std::sscanf(text.c_str(), "%4d-%2d-%2d%c", &d.year, &month, &day, &tail) == 3) {
    d.precision = Precision::kDay;
  } else {
    return std::nullopt;
  }
  d.month = month;
  d.day = day;
  for (char c : text)
    if (!(c == '-' || (c >= '0' && c <= '9'))) return std::nullopt;
  if (d.year < 1 || (d.precision != Precision::kYear && (d.month < 1 || d.month > 12)))
    return std::nullopt;
  if (d.precision == Precision::kDay && (d.day < 1 || d.day > days_in_month(d.year, d.month)))
    return std::nullopt;
  return d;
}

bool date_less(const PartialDate& a, const PartialDate& b) {
  if (a.first_day() != b.first_day()) return a.first_day() < b.first_day();
  return a.last_day() < b.last_day();
}

}  // namespace checker
