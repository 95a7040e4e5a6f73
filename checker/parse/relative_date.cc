// Relative-date grammar (Boost.Spirit X3): fixed phrases with a unit and an offset, weekdays,
// and "dans N …" / "N … ago" with a count; resolution is calendar arithmetic on the reference.
#include "checker/parse/relative_date.h"

#include <cctype>

#include "checker/parse/number_words.h"
#include "checker/parse/tables.h"

namespace checker {
namespace {

namespace x3 = boost::spirit::x3;

// kWeek counts days ("il y a une semaine" = 7 days back); kCalendarWeek and kWeekend name a
// week of the calendar ("cette semaine" = 1999-W27).
enum class Unit { kYear, kMonth, kDay, kWeekday, kWeek, kCalendarWeek, kWeekend };

struct Shift {
  Unit unit = Unit::kYear;
  int offset = 0;     // for kWeekday: 0 = Monday … 6 = Sunday
  int direction = 0;  // for kWeekday: -1 "dernier"/"last", +1 "prochain"/"next", 0 the nearest
};

void add_cased(x3::symbols<Shift>& s, const char* phrase, Shift shift) { tables::add_capitalized(s, phrase, shift); }

const x3::symbols<Shift>& phrases(bool en) {
  static const x3::symbols<Shift> fr = [] {
    x3::symbols<Shift> s;
    for (const char* apos : {"'", "\xE2\x80\x99"}) {
      const std::string l = std::string("l") + apos;
      for (auto w : {"an prochain", "année prochaine", "annee prochaine", "année suivante"})
        add_cased(s, (l + w).c_str(), {Unit::kYear, 1});
      for (auto w : {"an dernier", "an passé", "année dernière", "annee derniere", "année passée", "année précédente"})
        add_cased(s, (l + w).c_str(), {Unit::kYear, -1});
      add_cased(s, (std::string("aujourd") + apos + "hui").c_str(), {Unit::kDay, 0});
    }
    for (auto w : {"cette année", "cette annee"}) add_cased(s, w, {Unit::kYear, 0});
    for (auto w : {"le mois prochain", "le mois suivant"}) add_cased(s, w, {Unit::kMonth, 1});
    for (auto w : {"le mois dernier", "le mois passé", "le mois précédent"}) add_cased(s, w, {Unit::kMonth, -1});
    for (auto w : {"ce mois-ci", "ce mois"}) add_cased(s, w, {Unit::kMonth, 0});
    add_cased(s, "cette semaine", {Unit::kCalendarWeek, 0});
    for (auto w : {"la semaine dernière", "la semaine passée", "la semaine précédente"})
      add_cased(s, w, {Unit::kCalendarWeek, -1});
    for (auto w : {"la semaine prochaine", "la semaine suivante"}) add_cased(s, w, {Unit::kCalendarWeek, 1});
    for (auto w : {"ce week-end", "ce weekend"}) add_cased(s, w, {Unit::kWeekend, 0});
    for (auto w : {"le week-end dernier", "le weekend dernier"}) add_cased(s, w, {Unit::kWeekend, -1});
    for (auto w : {"le week-end prochain", "le weekend prochain"}) add_cased(s, w, {Unit::kWeekend, 1});
    // "d'ici la fin de l'année": TimeML marks "ici" as the document's day.
    s.add("ici", {Unit::kDay, 0});
    add_cased(s, "hier", {Unit::kDay, -1});
    add_cased(s, "demain", {Unit::kDay, 1});
    add_cased(s, "avant-hier", {Unit::kDay, -2});
    add_cased(s, "après-demain", {Unit::kDay, 2});
    const char* days[] = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"};
    for (int i = 0; i < 7; ++i) add_cased(s, days[i], {Unit::kWeekday, i});
    return s;
  }();
  static const x3::symbols<Shift> english = [] {
    x3::symbols<Shift> s;
    add_cased(s, "next year", {Unit::kYear, 1});
    add_cased(s, "last year", {Unit::kYear, -1});
    add_cased(s, "this year", {Unit::kYear, 0});
    add_cased(s, "next month", {Unit::kMonth, 1});
    add_cased(s, "last month", {Unit::kMonth, -1});
    add_cased(s, "this month", {Unit::kMonth, 0});
    add_cased(s, "this week", {Unit::kCalendarWeek, 0});
    add_cased(s, "last week", {Unit::kCalendarWeek, -1});
    add_cased(s, "next week", {Unit::kCalendarWeek, 1});
    add_cased(s, "this weekend", {Unit::kWeekend, 0});
    add_cased(s, "last weekend", {Unit::kWeekend, -1});
    add_cased(s, "next weekend", {Unit::kWeekend, 1});
    add_cased(s, "today", {Unit::kDay, 0});
    add_cased(s, "yesterday", {Unit::kDay, -1});
    add_cased(s, "tomorrow", {Unit::kDay, 1});
    const char* days[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    for (int i = 0; i < 7; ++i) {
      add_cased(s, days[i], {Unit::kWeekday, i});
      std::string day = days[i];
      for (int capital = 0; capital < 2; ++capital) {
        add_cased(s, ("last " + day).c_str(), {Unit::kWeekday, i, -1});
        add_cased(s, ("next " + day).c_str(), {Unit::kWeekday, i, 1});
        day[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(day[0])));
      }
    }
    return s;
  }();
  return en ? english : fr;
}

const x3::symbols<Unit>& count_units(bool en) {
  static const x3::symbols<Unit> fr = [] {
    x3::symbols<Unit> s;
    for (auto w : {"ans", "an", "années", "année"}) s.add(w, Unit::kYear);
    s.add("mois", Unit::kMonth);
    for (auto w : {"jours", "jour"}) s.add(w, Unit::kDay);
    for (auto w : {"semaines", "semaine"}) s.add(w, Unit::kWeek);
    return s;
  }();
  static const x3::symbols<Unit> english = [] {
    x3::symbols<Unit> s;
    for (auto w : {"years", "year"}) s.add(w, Unit::kYear);
    for (auto w : {"months", "month"}) s.add(w, Unit::kMonth);
    for (auto w : {"days", "day"}) s.add(w, Unit::kDay);
    for (auto w : {"weeks", "week"}) s.add(w, Unit::kWeek);
    return s;
  }();
  return en ? english : fr;
}


// A count in digits or words at `pos`, then a unit; returns the end or 0.
size_t count_and_unit(std::string_view text, size_t pos, Lang lang, int* count, Unit* unit) {
  const std::string_view rest = text.substr(pos);
  std::optional<ParsedValue> n = parse_number(rest, lang);
  if (!n) n = parse_number_words(rest, lang);
  if (!n) {
    // "il y a une semaine", "a year ago": the article counts one.
    static const x3::symbols<int> kArticles({{"un", 1}, {"une", 1}, {"a", 1}, {"an", 1}});
    auto first = rest.begin();
    if (x3::parse(first, rest.end(), kArticles >> &tables::ws)) {
      n = ParsedValue{};
      n->length = static_cast<size_t>(first - rest.begin());
      n->value.amount = 1;
    }
  }
  if (!n || n->value.amount < 1 || n->value.amount > 100) return 0;
  auto first = rest.begin() + static_cast<long>(n->length);
  if (!x3::parse(first, rest.end(), tables::ws >> count_units(lang == Lang::kEn), *unit)) return 0;
  const size_t end = pos + static_cast<size_t>(first - rest.begin());
  if (!tables::word_ends(text, end, true)) return 0;
  *count = static_cast<int>(n->value.amount);
  if (*unit == Unit::kWeek) {  // weeks are counted in days, to the day
    *unit = Unit::kDay;
    *count *= 7;
  }
  return end;
}

PartialDate shifted(const PartialDate& ref, Unit unit, int offset, int direction, bool* ok) {
  PartialDate d;
  *ok = true;
  if (unit == Unit::kYear) {
    d.year = ref.year + offset;
    d.precision = Precision::kYear;
  } else if (unit == Unit::kMonth) {
    if (ref.precision != Precision::kDay && ref.precision != Precision::kMonth) *ok = false;
    const int m = ref.year * 12 + (ref.month - 1) + offset;
    d.year = m / 12;
    d.month = m % 12 + 1;
    d.precision = Precision::kMonth;
  } else {
    if (ref.precision != Precision::kDay) *ok = false;
    long days = days_from_civil(ref.year, ref.month, ref.day);
    const long monday0 = ((days % 7) + 10) % 7;  // 1970-01-01 was a Thursday (3)
    if (unit == Unit::kCalendarWeek || unit == Unit::kWeekend) {
      long monday = days - monday0 + 7L * offset;
      // "ce week-end" early in the week is the one just past.
      if (unit == Unit::kWeekend && offset == 0 && monday0 <= 2) monday -= 7;
      if (auto p = parse_iso_date(iso_from_days(monday))) d = *p;
      d.precision = Precision::kWeek;
      d.part = unit == Unit::kWeekend ? 1 : 0;
      return d;
    }
    if (unit == Unit::kWeekday) {
      long delta = offset - monday0;
      const long low = direction < 0 ? -7 : direction > 0 ? 1 : -3;
      while (delta < low) delta += 7;
      while (delta >= low + 7) delta -= 7;
      days += delta;
    } else {
      days += offset;
    }
    if (auto p = parse_iso_date(iso_from_days(days))) d = *p;
    d.precision = Precision::kDay;
  }
  return d;
}

}  // namespace

std::optional<ParsedValue> parse_relative_date(std::string_view text, Lang lang,
                                               const std::optional<PartialDate>& reference) {
  const bool en = lang == Lang::kEn;
  Shift shift;
  size_t end = 0;
  auto first = text.begin();
  if (x3::parse(first, text.end(), phrases(en), shift) && tables::word_ends(text, static_cast<size_t>(first - text.begin()), true)) {
    end = static_cast<size_t>(first - text.begin());
    if (shift.unit == Unit::kWeekday) {
      static const x3::symbols<int> kFr({{"dernier", -1}, {"prochain", 1}});
      int direction = 0;
      // English puts the direction first ("last Friday"): it is a phrase of its own.
      if (!en && x3::parse(first, text.end(), tables::ws >> kFr, direction) &&
                 tables::word_ends(text, static_cast<size_t>(first - text.begin()), true)) {
        shift.direction = direction;
        end = static_cast<size_t>(first - text.begin());
      }
    }
  } else {
    int count = 0;
    first = text.begin();
    const auto ahead = en ? x3::lit("in") : x3::lit("dans");
    if (x3::parse(first, text.end(), ahead >> tables::ws)) {
      end = count_and_unit(text, static_cast<size_t>(first - text.begin()), lang, &count, &shift.unit);
      shift.offset = count;
    } else if (first = text.begin(); !en && x3::parse(first, text.end(), x3::lit("il y a") >> tables::ws)) {
      end = count_and_unit(text, static_cast<size_t>(first - text.begin()), lang, &count, &shift.unit);
      shift.offset = -count;
    } else if (en) {
      end = count_and_unit(text, 0, lang, &count, &shift.unit);
      first = text.begin() + static_cast<long>(end);
      if (end == 0 || !x3::parse(first, text.end(), tables::ws >> x3::lit("ago"))) return std::nullopt;
      end = static_cast<size_t>(first - text.begin());
      shift.offset = -count;
    }
    if (end == 0) return std::nullopt;
  }
  ParsedValue out;
  out.length = end;
  out.value.type = ValueType::kDate;
  bool ok = reference.has_value();
  if (reference) out.value.date = shifted(*reference, shift.unit, shift.offset, shift.direction, &ok);
  if (!ok) {
    out.value.date = PartialDate{};
    out.value.date.precision = shift.unit == Unit::kYear    ? Precision::kYear
                               : shift.unit == Unit::kMonth ? Precision::kMonth
                               : (shift.unit == Unit::kCalendarWeek || shift.unit == Unit::kWeekend) ? Precision::kWeek
                                                                                                     : Precision::kDay;
    out.value.date.part = shift.unit == Unit::kWeekend ? 1 : 0;
    out.value.resolved = false;
  }
  return out;
}

}  // namespace checker
