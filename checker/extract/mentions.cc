// The value scanner: RE2 finds where a value may start, skips what only looks like one (names,
// URLs, phone and section numbers), and asks the grammars of parse/ in a fixed order.
#include "checker/extract/mentions.h"

#include <cctype>

#include <re2/re2.h>
#include <utf8proc.h>

#include "checker/extract/age.h"
#include "checker/extract/mention_forms.h"
#include "checker/parse/anchor.h"
#include "checker/parse/date.h"
#include "checker/parse/duration.h"
#include "checker/parse/percent_of.h"
#include "checker/parse/recurrence.h"
#include "checker/parse/relative_date.h"
#include "checker/parse/decade.h"
#include "checker/parse/season.h"
#include "checker/parse/time_of_day.h"
#include "checker/text/utf8.h"

namespace checker {
namespace {

bool ascii_letter(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
bool ascii_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

// The code point that ends just before `pos` (0 at `begin`); *start receives its first byte.
char32_t previous_cp(std::string_view text, size_t begin, size_t pos, size_t* start) {
  if (pos <= begin) return 0;
  size_t s = pos - 1;
  while (s > begin && (static_cast<unsigned char>(text[s]) & 0xC0) == 0x80) --s;
  size_t len = 0;
  *start = s;
  return decode_utf8(text, s, &len);
}

bool is_letter(char32_t cp) {
  const auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
  return cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
}

// A letter just before `pos`, possibly across a hyphen: the number belongs to a name
// (Ariane-6, A-380M, C295, dénucléarisation41(*)).
bool glued_to_name(std::string_view text, size_t begin, size_t pos) {
  size_t s = 0;
  const char32_t prev = previous_cp(text, begin, pos, &s);
  if (is_letter(prev)) return true;
  if (prev == '-' || prev == 0x2010 || prev == 0x2011) {
    size_t s2 = 0;
    return is_letter(previous_cp(text, begin, s, &s2));
  }
  if (prev == '.' || prev == ',') {  // "2.1b" after a skipped name: still the same token
    size_t s2 = 0;
    const char32_t before = previous_cp(text, begin, s, &s2);
    return before >= '0' && before <= '9' && glued_to_name(text, begin, s2);
  }
  return false;
}

size_t skip_token(std::string_view text, size_t pos, size_t end) {
  while (pos < end && (std::isalnum(static_cast<unsigned char>(text[pos])) || text[pos] == '.' ||
                       text[pos] == ',' || text[pos] == '-'))
    ++pos;
  return pos;
}

// Digits right after other digits and before "(*)" are a note number glued to the value that
// precedes it ("en septembre 201962(*)": 2019, note 62).
bool glued_footnote(std::string_view text, size_t begin, size_t pos, size_t end) {
  if (pos <= begin || !ascii_digit(text[pos - 1])) return false;
  size_t q = pos;
  while (q < end && ascii_digit(text[q])) ++q;
  return text.substr(q, 3) == "(*)";
}

size_t skip_spaces(std::string_view text, size_t pos) {
  while (pos < text.size() && text[pos] == ' ') ++pos;
  return pos;
}

// A day-precise date takes the French article before it ("le 13 février", as TimeML spans
// it) and, when times are asked for, a part of the day after it ("hier soir").
void finish_day(std::string_view text, size_t begin, size_t end, Lang lang, const ScanOptions& options,
                Mention* m) {
  if (m->value.date.precision != Precision::kDay) return;
  const size_t s = m->span.start;
  static const RE2 kWeekday("(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) ");
  re2::StringPiece head(text.data() + s, end - s);
  const bool weekday_first = RE2::Consume(&head, kWeekday);  // "le samedi 5 juin"
  if (lang == Lang::kFr && s >= begin + 3 && (ascii_digit(text[s]) || weekday_first) &&
      (text.substr(s - 3, 3) == "le " || text.substr(s - 3, 3) == "Le ") &&
      (s == begin + 3 || !ascii_letter(text[s - 4])))
    m->span.start = s - 3;
  else if (lang == Lang::kFr && s >= begin + 4 && ascii_digit(text[s]) &&  // "les 6 et 13 avril"
           (text.substr(s - 4, 4) == "les " || text.substr(s - 4, 4) == "Les ") &&
           (s == begin + 4 || !ascii_letter(text[s - 5])))
    m->span.start = s - 4;
  if (!options.times) return;
  if (auto part = parse_day_part(text.substr(m->span.end, end - m->span.end), lang)) {
    m->time = (m->value.resolved ? m->value.date.timex() : "XXXX-XX-XX") + part->timex;
    m->span.end += part->length;
  }
}

// Words before a date that name its kind belong to it: "Ce dimanche", "l'année 2001", "mois de
// juin", "this Sunday" (TimeML spans them so).
void extend_date_head(std::string_view text, size_t begin, Lang lang, Mention* m) {
  static const RE2 kFr(R"((?:\b[Cc]e |\b[Ll]['’]ann[ée]e |\b[Ll]['’]an |\bmois de |\bmois d['’]|\b[Ee]n l['’]an ))");
  static const RE2 kEn(R"((?:\b[Tt]his |\b[Tt]he year |\bthe month of ))");
  const size_t s = m->span.start;
  if (lang == Lang::kFr && s >= begin + 3 && (text.substr(s - 3, 3) == "la " || text.substr(s - 3, 3) == "La ") &&
      (text.substr(s, 4) == "fin " || text.substr(s, 6) == "début ") && (s == begin + 3 || !ascii_letter(text[s - 4]))) {
    m->span.start = s - 3;  // "la fin de l'année", as TimeML spans it
    return;
  }
  const size_t from = s >= begin + 12 ? s - 12 : begin;
  re2::StringPiece head(text.data() + from, s - from);
  re2::StringPiece found;
  const RE2& re = lang == Lang::kEn ? kEn : kFr;
  size_t at = 0;
  while (re.Match(head, at, head.size(), RE2::UNANCHORED, &found, 1)) {
    if (found.data() + found.size() == head.data() + head.size()) {
      m->span.start = static_cast<size_t>(found.data() - text.data());
      return;
    }
    at = static_cast<size_t>(found.data() - head.data()) + 1;
  }
}

// A month named alone is a date ("en septembre", "la rentrée de septembre"), but not as the
// start of a quoted name ("« janvier sanglant »").
bool month_alone_allowed(std::string_view text, size_t begin, size_t start, std::string_view rest, size_t length) {
  if (rest.substr(0, length).find_first_of(" 0123456789\xC2") != std::string_view::npos) return true;  // not alone
  static const RE2 kQuoted(R"((?:«|“|"|')[\s\x{00A0}\x{202F}]*$)");
  const size_t from = start >= begin + 8 ? start - 8 : begin;
  return !RE2::PartialMatch(text.substr(from, start - from), kQuoted);
}

// "-9,2" and "−5" after a space or at the start are negative; after a letter the dash joins a
// name ("A-380") and the digits were skipped before reaching here.
void make_negative(std::string_view text, size_t begin, Mention* m) {
  if (m->value.type == ValueType::kDate || m->value.type == ValueType::kStatus) return;
  size_t s = 0;
  const char32_t prev = previous_cp(text, begin, m->span.start, &s);
  if (prev != '-' && prev != 0x2212) return;
  size_t s2 = 0;
  const char32_t before = previous_cp(text, begin, s, &s2);
  if (before != 0 && before != ' ' && before != '(' && before != '\n') return;
  // "75 -300mm": a dash between two numbers joins a range.
  size_t s3 = 0;
  if (before == ' ' && ascii_digit(static_cast<char>(previous_cp(text, begin, s2, &s3)))) return;
  m->span.start = s;
  m->value.amount = -m->value.amount;
}

// A decimal separator that starts a number (".08" in English, ",5" in French), at the start of
// the text or after a space or a parenthesis: "2019,08" and "v.2" are something else.
bool leading_decimal(std::string_view text, size_t begin, size_t pos, Lang lang) {
  if (pos <= begin || text[pos - 1] != (lang == Lang::kEn ? '.' : ',')) return false;
  if (pos - 1 == begin) return true;
  const char before = text[pos - 2];
  return before == ' ' || before == '(' || before == '\n';
}

// "the one you mentioned", "which one": the pronoun, not the number.
bool pronoun_one(std::string_view text, size_t begin, size_t pos) {
  if (text.substr(pos, 3) != "one" && text.substr(pos, 3) != "One") return false;
  static const RE2 kDeterminer(R"((?i)\b(?:the|this|that|which|each|every|any|another|no|no other|some|someone|a|any other) $)");
  const size_t from = pos >= begin + 12 ? pos - 12 : begin;
  return RE2::PartialMatch(text.substr(from, pos - from), kDeterminer);
}

}  // namespace

std::vector<Mention> scan_values(std::string_view text, size_t begin, size_t end, Lang lang,
                                 const std::optional<PartialDate>& reference,
                                 const ScanOptions& options, ScanState* state) {
  // Where a value may start: a digit, a currency sign, or a word that opens a date, a number in
  // words, a qualifier or a relative date. The grammars decide; this only has to be a superset.
  static const RE2 kTrigger(
      R"((\d|[$€£¥₹₿₽½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]|[lL]['’](?:été|hiver|automne)|[ÉE]t[ée]|été|(?i:\b(?:the )?(?:printemps|hiver|automne|spring|summer|autumn|fall|winter)\b)|\b(?:C|A|HK|NZ|Mex|MXN|mxn|AUD|aud|CAD|cad|NZD|nzd)\$|(?i:\b(?:c|hk|us) \$)|\b(?:EUR|USD|GBP|CHF|JPY|CAD|CNY|RUB) ?\d|P\d|(?i:\b(?:de|from) \d)|(?i:\b(?:)"
      R"(janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|)"
      R"(fin|début|mi|premier|second|deuxième|january|february|march|april|may|june|july|august|september|)"
      R"(october|november|december|early|mid|late|end|first|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|)"
      R"(janv|févr|avr|juil|déc|)"
      R"(zéro|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|)"
      R"(vingt|trente|quarante|cinquante|soixante|cent|mille|)"
      R"(zero|nought|naught|one|two|three|four|five|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|)"
      R"(sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|)"
      R"(an? (?:dozen|hundred|thousand|years?|months?|weeks?|days?|hours?|minutes?|half|quarter|third|[a-z]+ths?)|)"
      R"(septante|huitante|octante|nonante|half|quarter|minus|negative|percents?|percentages?|pourcents?|pourcentages?|pour cent|)"
      R"(plusieurs|quelques|des|ces derni[eè]re?s|de nombreu(?:x|ses)|quinquennat|septennat|)"
      R"(several|a few|few|many|)"
      R"(les années|des années|années|milieu des|the (?:early[ -]|mid[ -]|late[ -])?['’]?\d\d(?:\d\d)?s|)"
      R"(la nuit|la soirée|la matinée|midi|minuit|actuel(?:le)?s?|l['’]avenir|auparavant|autrefois|jadis|naguère|pour l['’]instant|)"
      R"(in the future|in the past|previously|formerly|at present|for now|for the time being|)"
      R"(environ|quelque|approximativement|près|pres|presque|quasiment|pratiquement|plus|moins|au|supérieure?|)"
      R"(inférieure?|pas|jusqu|entre|about|around|approximately|roughly|some|nearly|almost|close|over|more|above|)"
      R"(in|less|under|below|fewer|at|no|up|between|greater|larger|bigger|higher|smaller|lower|equal|en[ -]dessous|)"
      R"(l['’]an|l['’]année|l['’]annee|cette|le mois|ce mois|aujourd|hier|demain|avant-hier|après-demain|)"
      R"(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|dans|il y a|)"
      R"(maintenant|désormais|actuellement|à présent|ce|cet|cette|now|currently|nowadays|tonight|)"
      R"(d['’]ici|la semaine|le week-?end|le lendemain|lendemain|le surlendemain|la veille|l['’]avant-veille|le même jour|)"
      R"(le jour même|ce jour-l[àa]|le matin même|le soir même|)"
      R"(prochaine?s?|précédente?s?|nouvellement|pour le moment|nocturnes?|)"
      R"((?:la|le|sa|son|leur) (?:premi(?:er|ère)|seconde?|deuxième|troisième|quatrième|cinquième|sixième|septième|huitième|neuvième|dixième)|)"
      R"(chaque|tous les|toutes les|par|annuel(?:le)?s?|annuellement|mensuel(?:le)?s?|mensuellement|hebdomadaires?|)"
      R"(every|each|per|annual|annually|yearly|monthly|weekly|daily|)"
      R"(next|last|this|today|yesterday|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
      R"()\b)))");
  // Stretches that hold digits but no value: URLs, phone numbers (+33 1 23 45 67 89,
  // 01 23 45 67 89, 555-0199), section numbers (3.2.1, § 4, article 12).
  static const RE2 kUrl(
      R"((?i)(?:https?://|www\.)[^\s<>"]+|\+\d{1,3}(?:[ .-]?\(?\d{1,4}\)?){3,6}|\b0\d(?:[ .]\d\d){4}\b|)"
      R"((?:\(\d{3}\) ?|\b(?:\d{3}-)?)\d{3}-\d{4}\b|\b\d{1,3}\.\d{1,2}(?:\.\d{1,3})+\b|)"
      R"((?:\bsections?|\barticles?|\bchapitres?|\bchapters?|§)\s*\d+(?:\.\d+)*)");
  std::vector<Mention> out;
  std::vector<Span> urls;
  {
    re2::StringPiece in(text.data(), end), m;
    size_t pos = begin;
    while (pos < end && kUrl.Match(in, pos, end, RE2::UNANCHORED, &m, 1)) {
      const size_t s = static_cast<size_t>(m.data() - text.data());
      urls.push_back({s, s + m.size()});
      pos = s + m.size();
    }
  }
  std::optional<PartialDate> last_day = options.day_before;  // clock times belong to the last day named before them
  bool time_before_day = false;
  size_t first_day = std::string_view::npos;
  re2::StringPiece input(text.data(), end), m;
  size_t pos = begin;
  size_t url = 0;
  size_t last_trigger = std::string_view::npos;
  while (pos < end && kTrigger.Match(input, pos, end, RE2::UNANCHORED, &m, 1)) {
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
    if (digit && (glued_to_name(text, begin, p) || glued_footnote(text, begin, p, end))) {
      pos = skip_token(text, p, end);
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
      // "de 6" found nothing from "de": the digit may still start a value.
      pos = p + (m.size() > 1 && ascii_digit(text[p + m.size() - 1]) ? m.size() - 1 : m.size());
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
    Mention mention{{p, stop}, q->value, {}, {}, {}};
    make_negative(text, begin, &mention);
    if (mention.value.type == ValueType::kDate) extend_date_head(text, begin, lang, &mention);
    out.push_back(mention);
    pos = stop;
  }
  if (state) *state = {last_day, time_before_day, first_day};
  return out;
}

}  // namespace checker
