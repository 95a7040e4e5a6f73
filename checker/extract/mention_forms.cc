// Composite mentions: each combines two grammars of parse/ and decides between them.
#include "checker/extract/mention_forms.h"

#include <fmt/format.h>
#include <re2/re2.h>

#include "checker/parse/duration.h"
#include "checker/parse/fraction.h"
#include "checker/parse/qualifier.h"
#include "checker/parse/time_of_day.h"

namespace checker {

// A quantity, where a plain four-digit integer from 1000 to 2199 is a year.
std::optional<ParsedValue> single_value(std::string_view text, Lang lang) {
  auto q = parse_quantity(text, lang);
  if (!q) return std::nullopt;
  if (q->plain_integer && q->length == 4 && q->value.amount >= 1000 && q->value.amount <= 2199) {
    Value year;
    year.type = ValueType::kDate;
    year.date.year = static_cast<int>(q->value.amount);
    year.date.precision = Precision::kYear;
    q->value = year;
  } else if (!q->value.qualifier.empty() && !q->value.lower && !q->value.upper) {
    apply_qualifier(q->value.qualifier, &q->value);  // "une dizaine"
  }
  return q;
}

// "plus de vingt ans", "about three years": a length of time under a qualifier.
std::optional<Mention> qualified_duration(std::string_view text, Lang lang) {
  const auto q = parse_qualifier(text, lang);
  if (!q) return std::nullopt;
  if (q->name == "between") {
    // "de 8 à 24 mois": the first end is a length in the unit of the second, a mention of its own
    // (span relative to `text`, starting at the count).
    const auto n = parse_number(text.substr(q->length), lang);
    if (!n) return std::nullopt;
    const size_t joiner = parse_range_joiner(text.substr(q->length + n->length), lang);
    // A dash joins too tightly to tell a range of lengths from a range of days ("de 4-23 mois prochain").
    if (joiner == 0 || text.substr(q->length + n->length, joiner).find('-') != std::string_view::npos) return std::nullopt;
    const auto d = parse_duration(text.substr(q->length + n->length + joiner), lang);
    if (!d || d->count <= 0 || text.substr(q->length + n->length + joiner + d->length, 4) == " old") return std::nullopt;
    const size_t digits = d->timex.find_first_of("0123456789");
    if (digits == std::string::npos) return std::nullopt;
    Mention m{{q->length, q->length + n->length}, Value{}, d->timex.substr(0, digits) + fmt::format("{:g}", n->value.amount) + d->timex.back(), {}, {}};
    m.value.amount = n->value.amount;
    return m;
  }
  // "over three years" is across them, not more than them.
  if (text.substr(0, 5) == "over " || text.substr(0, 5) == "Over ") return std::nullopt;
  const auto d = parse_duration(text.substr(q->length), lang);
  if (!d || text.substr(q->length + d->length, 4) == " old") return std::nullopt;  // an age
  Mention m{{0, q->length + d->length}, Value{}, d->timex, {}, {}};
  m.value.amount = d->count;
  apply_qualifier(q->name, &m.value);
  return m;
}

namespace {

// The range whose first end `first` ends at `at` in `text` and whose joiner is `joiner` bytes
// long: the second end follows. nullopt when the second end is a date or a length of time, or
// of another kind than the first ("de 15 % à 415,9 millions $").
std::optional<ParsedValue> range_from(std::string_view text, const ParsedValue& first, size_t at, size_t joiner,
                                      Lang lang) {
  // "de 12 à 24 mois": lengths of time are read by the duration grammar, end by end.
  if (parse_duration(text.substr(at + joiner), lang)) return std::nullopt;
  auto second = single_value(text.substr(at + joiner), lang);
  if (!second || second->value.type == ValueType::kDate) return std::nullopt;
  Value v = second->value;
  if (first.value.type != ValueType::kNumber &&
      (first.value.type != v.type || first.value.unit != v.unit || first.value.currency != v.currency))
    return std::nullopt;
  // "entre 2 et 3 millions de dollars": the first end takes the second's scale and unit.
  double low = first.value.amount;
  if (first.value.type == ValueType::kNumber && v.type != ValueType::kNumber) {
    if (auto raw = parse_number(text.substr(at + joiner), lang); raw && raw->value.amount != 0)
      low *= v.amount / raw->value.amount;
  }
  v.lower = low;
  v.upper = second->value.amount;
  v.amount = low;
  v.qualifier = "between";
  ParsedValue out = first;
  out.value = v;
  out.length = at + joiner + second->length;
  return out;
}

}  // namespace

// "près de 100 000", "plus de 6000", "entre 1,5 et 3,8 %": a quantity under a qualifier, as an
// interval. A year after the qualifier ("entre 2017 et 2018") is left to the date path.
std::optional<ParsedValue> qualified_value(std::string_view text, Lang lang) {
  const auto q = parse_qualifier(text, lang);
  if (!q) return std::nullopt;
  // "jusqu'à 17 h" is a clock time: the time grammar reads it from "17".
  if (parse_clock(text.substr(q->length), lang)) return std::nullopt;
  // "plus de trois ans" is a length of time: the duration grammar reads it from "trois".
  if (auto d = parse_duration(text.substr(q->length), lang); d && text.substr(q->length + d->length, 4) != " old")
    return std::nullopt;
  auto first = single_value(text.substr(q->length), lang);
  if (!first && q->name != "between") first = parse_bare_half(text.substr(q->length), lang);  // "more than half"
  if (!first || first->value.type == ValueType::kDate || first->value.type == ValueType::kStatus) return std::nullopt;
  ParsedValue out = *first;
  out.length = q->length + first->length;
  if (q->name != "between") {
    apply_qualifier(q->name, &out.value);
    return out;
  }
  const size_t joiner = parse_range_joiner(text.substr(out.length), lang);
  if (joiner == 0) return std::nullopt;
  return range_from(text, *first, out.length, joiner, lang);
}

std::optional<ParsedValue> bare_range(std::string_view text, const ParsedValue& first, Lang lang) {
  // Both ends in digits: "eight to 10 feet" stays two values, as the peers read it.
  if (text.empty() || text[0] < '0' || text[0] > '9') return std::nullopt;
  if (first.value.type == ValueType::kDate || first.value.type == ValueType::kStatus) return std::nullopt;
  // "rose 0.3 percentage points to 2.9%": a change in points, then the rate it reached.
  if (first.value.points) return std::nullopt;
  const size_t joiner = parse_range_joiner(text.substr(first.length), lang);
  if (joiner == 0) return std::nullopt;
  const size_t second = first.length + joiner;
  if (second >= text.size() || text[second] < '0' || text[second] > '9') return std::nullopt;
  // "2 et 3 km" are two values: only "à", "to" or a dash joins the ends of a range here, and a
  // dash only when it touches both ("75 -300mm" is a model name, "7 - 3" a score).
  const std::string_view word = text.substr(first.length, joiner);
  if (word.find("et") != std::string_view::npos || word.find("and") != std::string_view::npos) return std::nullopt;
  if (word.find(' ') != std::string_view::npos && word.find_first_of("-\xE2") != std::string_view::npos) return std::nullopt;
  auto range = range_from(text, first, first.length, joiner, lang);
  // A range of plain numbers ("3-2", "pages 12-15") is no quantity of the world.
  if (!range || range->value.type == ValueType::kNumber) return std::nullopt;
  return range;
}

namespace {

// `count` read on to `end` as a quantity of `unit`, its bounds converted with it.
ParsedValue as_quantity(const ParsedValue& count, size_t end, const char* unit, double factor) {
  ParsedValue out = count;
  out.length = end;
  out.plain_integer = false;
  out.value.type = ValueType::kQuantity;
  out.value.unit = unit;
  out.value.amount *= factor;
  if (out.value.lower) *out.value.lower *= factor;
  if (out.value.upper) *out.value.upper *= factor;
  return out;
}

}  // namespace

std::optional<ParsedValue> turns_after_verb(std::string_view before, std::string_view text, const ParsedValue& count,
                                            Lang lang) {
  if (lang != Lang::kFr || count.value.type != ValueType::kNumber || count.value.amount < 2) return std::nullopt;
  if (text.substr(count.length, 6) != " tours") return std::nullopt;  // cheap test first: this runs on every number
  static const RE2 kVerb(R"((?:^|[^\pL])(?:fai[rst]e?|faites|faisons|font|fer(?:a|ai|ait|aient|ont|ons)|)"
                         R"(faisai(?:t|ent)|effectu(?:e|er|ent|é|ée|és|ait|aient|era|eront)) $)");
  const size_t from = before.size() > 24 ? before.size() - 24 : 0;
  if (!RE2::PartialMatch(before.substr(from), kVerb)) return std::nullopt;
  static const RE2 kTours(R"( tours\b)");
  re2::StringPiece after(text.data() + count.length, text.size() - count.length);
  if (!RE2::Consume(&after, kTours)) return std::nullopt;
  return as_quantity(count, static_cast<size_t>(after.data() - text.data()), "deg", 360);
}

std::optional<ParsedValue> pounds_after_weight(std::string_view before, std::string_view text, const ParsedValue& count,
                                               Lang lang) {
  if (lang != Lang::kFr || count.value.type != ValueType::kNumber || count.value.amount <= 0) return std::nullopt;
  static const RE2 kLivres(R"( livres?\b)");
  re2::StringPiece after(text.data() + count.length, text.size() - count.length);
  if (text.substr(count.length, 6) != " livre" || !RE2::Consume(&after, kLivres)) return std::nullopt;
  // The clause before the count: back to the last sentence or clause mark, at most 60 bytes.
  const size_t from = before.size() > 60 ? before.size() - 60 : 0;
  std::string_view clause = before.substr(from);
  if (const size_t mark = clause.find_last_of(".;!?"); mark != std::string_view::npos) clause.remove_prefix(mark + 1);
  static const RE2 kWeight(R"((?i)(?:^|[^\pL])(?:p[eè]s(?:e|es|ent|ait|aient|ant|era|ant|é|ée)|poids)(?:$|[^\pL]))");
  if (!RE2::PartialMatch(clause, kWeight)) return std::nullopt;
  return as_quantity(count, static_cast<size_t>(after.data() - text.data()), "t", 0.00045359237);
}

std::optional<ParsedValue> celsius_after_temperature(std::string_view before, std::string_view text,
                                                     const ParsedValue& count, Lang lang) {
  if (lang != Lang::kFr || count.value.type != ValueType::kQuantity || count.value.unit != "deg") return std::nullopt;
  static const RE2 kBareDegree(R"(degr[ée]s?$)");
  if (!RE2::PartialMatch(text.substr(0, count.length), kBareDegree)) return std::nullopt;  // not "0,8 rad"
  const size_t from = before.size() > 60 ? before.size() - 60 : 0;
  std::string_view clause = before.substr(from);
  if (const size_t mark = clause.find_last_of(".;!?"); mark != std::string_view::npos) clause.remove_prefix(mark + 1);
  static const RE2 kTemperature(R"((?i)temp[ée]rature)");
  if (!RE2::PartialMatch(clause, kTemperature)) return std::nullopt;
  ParsedValue out = count;
  out.value.unit = "Cel";
  return out;
}

std::optional<ParsedValue> points_before_rate(std::string_view before, std::string_view text, const ParsedValue& count,
                                              Lang lang) {
  if (count.value.type != ValueType::kNumber || !count.value.qualifier.empty()) return std::nullopt;
  if (text.substr(count.length, 6) != " point") return std::nullopt;  // cheap test first: this runs on every number
  // French: a change "de 0,3 point" ("il a marqué 12 points à 40 % de réussite" is a score).
  const auto ends_with = [&](std::string_view s) { return before.size() >= s.size() && before.substr(before.size() - s.size()) == s; };
  if (lang != Lang::kEn && !ends_with("de ") && !ends_with("d'") && !ends_with("d\xE2\x80\x99")) return std::nullopt;
  static const RE2 kFr(R"(^ points? (?:à|pour (?:atteindre|s'établir à|s’établir à)) [0-9][0-9 ,.]*(?:\x{a0}|\x{202f}| )?(?:%|pour ?cent))");
  static const RE2 kEn(R"(^ points? to [0-9][0-9,.]* ?(?:%|percent|per cent))");
  if (!RE2::PartialMatch(text.substr(count.length), lang == Lang::kEn ? kEn : kFr)) return std::nullopt;
  ParsedValue out = count;
  const size_t word = count.length + 6;
  out.length = word + (text.substr(word, 1) == "s" ? 1 : 0);
  out.plain_integer = false;
  out.value.type = ValueType::kPercent;
  out.value.points = true;
  return out;
}

ParsedValue unit_from_context(std::string_view before, std::string_view text, const ParsedValue& count, Lang lang) {
  if (auto points = points_before_rate(before, text, count, lang)) return *points;
  if (auto turns = turns_after_verb(before, text, count, lang)) return *turns;
  if (auto pounds = pounds_after_weight(before, text, count, lang)) return *pounds;
  if (auto celsius = celsius_after_temperature(before, text, count, lang)) return *celsius;
  return count;
}

// "18 h", "ce soir", "maintenant" as a TIMEX3 time on `day` (the day they belong to), with a
// span relative to `text`.
std::optional<Mention> time_mention(std::string_view text, Lang lang, const std::optional<PartialDate>& day,
                                    bool after_at) {
  const bool known = day && day->precision == Precision::kDay;
  std::optional<ParsedTime> t = parse_clock(text, lang, after_at);
  if (!t) t = parse_this_day_part(text, lang);
  if (!t) {
    t = parse_present(text, lang);
    if (!t) return std::nullopt;
    Mention m{{0, t->length}, Value{}, {}, t->timex, {}};
    m.value.type = ValueType::kDate;
    m.value.resolved = false;
    return m;
  }
  // The day's TIMEX3 value only now: most places asked hold no clock time.
  Mention m{{0, t->length}, Value{}, {}, (known ? day->timex() : "XXXX-XX-XX") + t->timex, {}};
  m.value.type = ValueType::kDate;
  m.value.resolved = known;
  if (known) m.value.date = *day;
  return m;
}

}  // namespace checker
