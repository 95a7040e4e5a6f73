// The value scanner: RE2 finds where a value may start, skips what only looks like one (names,
// URLs, phone and section numbers), and asks the grammars of parse/ in a fixed order. The
// trigger patterns are in scan_triggers.cc, the tests of the text around a trigger in
// token_tests.cc, how far a date reaches in date_extent.cc.
#include "checker/extract/mentions.h"

#include <re2/re2.h>

#include "checker/core/tidy_decimal.h"
#include "checker/extract/age.h"
#include "checker/extract/date_extent.h"
#include "checker/extract/mention_forms.h"
#include "checker/extract/scan_chars.h"
#include "checker/extract/scan_triggers.h"
#include "checker/extract/token_tests.h"
#include "checker/parse/anchor.h"
#include "checker/parse/date.h"
#include "checker/parse/duration.h"
#include "checker/parse/parse_memo.h"
#include "checker/parse/percent_of.h"
#include "checker/parse/recurrence.h"
#include "checker/parse/relative_date.h"
#include "checker/parse/decade.h"
#include "checker/parse/season.h"
#include "checker/parse/time_of_day.h"

namespace checker {

std::vector<Mention> scan_values(std::string_view text, size_t begin, size_t end, Lang lang,
                                 const std::optional<PartialDate>& reference,
                                 const ScanOptions& options, ScanState* state) {
  const RE2& trigger = value_trigger();
  std::vector<Mention> out;
  const std::vector<Span> urls = find_non_values(text, begin, end);
  std::optional<PartialDate> last_day = options.day_before;  // clock times belong to the last day named before them
  bool time_before_day = false;
  size_t first_day = std::string_view::npos;
  re2::StringPiece input(text.data(), end), m;
  size_t pos = begin;
  size_t url = 0;
  size_t last_trigger = std::string_view::npos;
  ParseMemo memo(std::string_view(text.data(), end));  // the grammars below read the same numbers at a trigger; each is parsed once
  while (pos < end && trigger.Match(input, pos, end, RE2::UNANCHORED, &m, 1)) {
    memo.clear();
    size_t p = static_cast<size_t>(m.data() - text.data());
    // Every turn must move on: a trigger seen twice at one place (a branch that left `pos` where it
    // was, as "s⅙e" once did) is stepped over by one character.
    if (p == last_trigger) {
      pos = p + 1;
      while (pos < end && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) ++pos;
      continue;
    }
    last_trigger = p;
    while (url < urls.size() && urls[url].end <= p) ++url;
    if (url < urls.size() && urls[url].start <= p) {
      pos = urls[url].end;
      continue;
    }
    const bool digit = ascii_digit(text[p]);
    if (digit && (glued_to_name(text, begin, p) || glued_footnote(text, begin, p, end) ||
                  footnote_call(text, begin, p, end))) {
      pos = skip_token(text, p, end);
      continue;
    }
    if (const size_t second = digit ? second_calendar_day(text, p, end) : p; second != p) {
      pos = second;  // the second day reads with its month
      continue;
    }
    if (const int year = digit ? year_pair_tail(text, begin, p, end) : 0) {
      Mention mention{{p, p + 2}, Value{}, {}, {}, {}};
      mention.value.type = ValueType::kDate;
      mention.value.date.year = year;
      mention.value.date.precision = Precision::kYear;
      out.push_back(mention);
      pos = p + 2;
      continue;
    }
    if (digit && leading_decimal(text, begin, p, lang)) --p;  // ".08", ",5"
    // TimeML marks the "ici" of "d'ici" as the document's day; claims do not want it ("d'ici
    // 2030" is a deadline of 2030, not a date of today), so only with the TimeML extras.
    if (options.times && text.substr(p, 5) == "d'ici") p += 2;
    else if (options.times && text.substr(p, 7) == "d\xE2\x80\x99ici") p += 4;
    const std::string_view rest = text.substr(p, end - p);
    // "sans précédent" is without equal, not a time before.
    if (constexpr std::string_view kPrecedent = "précédent";
        rest.substr(0, kPrecedent.size()) == kPrecedent && p >= begin + 5 && text.substr(p - 5, 5) == "sans ") {
      pos = p + kPrecedent.size();
      continue;
    }
    if (options.durations) {
      if (auto r = parse_recurrence(rest, lang)) {
        Mention mention{{p + r->start, p + r->start + r->length}, Value{}, {}, {}, r->timex};
        out.push_back(mention);
        pos = mention.span.end;
        continue;
      }
      if (auto q = qualified_duration(rest, lang);
          q && !is_age(text, begin, p + q->span.start, q->span.end - q->span.start, q->duration)) {
        out.push_back({{p + q->span.start, p + q->span.end}, q->value, q->duration, {}, {}});
        pos = p + q->span.end;
        continue;
      }
    }
    if (auto q = qualified_value(rest, lang)) {
      q = unit_from_context(text.substr(begin, p - begin), rest, *q, lang);
      out.push_back({{p, p + q->length}, q->value, {}, {}, {}});
      pos = p + q->length;
      continue;
    }
    std::optional<ParsedValue> d = parse_date(rest, lang, reference);
    if (d && !month_alone_allowed(text, begin, p, rest, d->length)) d.reset();
    if (d && (d->value.date.precision == Precision::kQuarter || d->value.date.precision == Precision::kHalf) &&
        !part_alone_allowed(text, begin, p, rest, d->length))
      d.reset();
    if (!d) {
      const bool after_in = (p >= begin + 3 && (text.substr(p - 3, 3) == "en " || text.substr(p - 3, 3) == "in ")) ||
                            (p >= begin + 7 && text.substr(p - 7, 7) == "in the ");
      d = parse_season(rest, lang, reference, after_in);
    }
    if (!d) d = parse_decade(rest, lang, reference);
    if (!d) {
      d = parse_relative_date(rest, lang, reference);
      // "vendredi 22 novembre": the weekday only confirms the date that follows it.
      if (d && d->value.date.precision == Precision::kDay) {
        const size_t gap = skip_spaces(rest, d->length);
        if (auto full = parse_date(rest.substr(gap), lang, reference); full && full->value.date.precision == Precision::kDay) {
          full->length += gap;
          d = full;
        }
      }
    }
    std::string anchored_part;
    if (!d) {
      if (auto a = parse_anchor(rest, lang)) {
        d = ParsedValue{};
        d->length = a->length;
        d->value.type = ValueType::kDate;
        d->value.date.precision = Precision::kDay;
        d->value.resolved = last_day.has_value();
        if (last_day)
          if (auto day = parse_iso_date(iso_from_days(last_day->first_day() + a->offset))) d->value.date = *day;
        anchored_part = a->part;
      }
    }
    if (d) {
      Mention mention{{p, p + d->length}, d->value, {}, {}, {}};
      if (!anchored_part.empty() && options.times)
        mention.time = (mention.value.resolved ? mention.value.date.timex() : "XXXX-XX-XX") + anchored_part;
      finish_day(text, begin, end, lang, options, &mention);
      extend_date_head(text, begin, lang, &mention);
      if (mention.value.resolved && mention.value.date.precision == Precision::kDay) {
        last_day = mention.value.date;
        if (first_day == std::string_view::npos) first_day = mention.span.start;
      }
      out.push_back(mention);
      pos = mention.span.end;
      continue;
    }
    if (options.times) {
      const bool after_at = (p >= begin + 3 && text.substr(p - 3, 3) == "\xC3\xA0 ") ||
                            (p >= begin + 5 && text.substr(p - 5, 5) == "vers ");
      if (auto t = time_mention(rest, lang, last_day ? last_day : reference, after_at)) {
        t->span = {p, p + t->span.end};
        if (!last_day) time_before_day = true;
        out.push_back(*t);
        pos = t->span.end;
        continue;
      }
    }
    if (options.durations) {
      if (auto length = parse_duration(rest, lang); length && !is_age(text, begin, p, length->length, length->timex)) {
        Value v;
        v.amount = length->count;
        out.push_back({{p, p + length->length}, v, length->timex, {}, {}});
        pos = p + length->length;
        continue;
      }
    }
    auto q = parse_percent_of(rest, lang);
    if (!q) q = single_value(rest, lang);
    if (q)
      if (auto range = bare_range(rest, *q, lang)) q = range;
    if (q) q = unit_from_context(text.substr(begin, p - begin), rest, *q, lang);
    if (!q) {
      // "de 6" found nothing from "de": the digit may still start a value; "le premier semestre"
      // nothing from "le": "premier" may still start a date. The next search starts at the
      // trigger's second word.
      const size_t space = std::string_view(m.data(), m.size()).find(' ');
      if (space != std::string_view::npos) pos = p + space + 1;
      else pos = p + (m.size() > 1 && ascii_digit(text[p + m.size() - 1]) ? m.size() - 1 : m.size());
      continue;
    }
    const size_t stop = p + q->length;
    if (lang == Lang::kEn && q->length == 3 && pronoun_one(text, begin, p)) {
      pos = stop;
      continue;
    }
    if (stop < end && ascii_letter(text[stop]) && (q->value.type == ValueType::kNumber)) {
      pos = skip_token(text, p, end);  // "18M", "4x450": a model name, not a number
      continue;
    }
    if (q->value.type == ValueType::kNumber && q->value.qualifier.empty() && numbered_name(text, begin, p, stop)) {
      pos = skip_token(text, p, end);  // "Boeing 737-222": the model's variant goes with it
      continue;
    }
    Mention mention{{p, stop}, q->value, {}, {}, {}};
    make_negative(text, begin, &mention);
    if (mention.value.type == ValueType::kDate) extend_date_head(text, begin, lang, &mention);
    out.push_back(mention);
    pos = stop;
  }
  if (state) *state = {last_day, time_before_day, first_day};
  // Converted values and bounds as the decimals they stand for (core/tidy_decimal.h).
  for (Mention& found : out) {
    Value& v = found.value;
    if (v.type == ValueType::kDate) continue;
    v.amount = tidy_decimal(v.amount);
    if (v.lower) v.lower = tidy_decimal(*v.lower);
    if (v.upper) v.upper = tidy_decimal(*v.upper);
  }
  return out;
}

}  // namespace checker
