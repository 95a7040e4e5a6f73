// Fraction grammar (Boost.Spirit X3): an ordinal after a numerator is a denominator ("two
// thirds"), a slash or "over"/"sur" makes a ratio, "and"/"et" joins a whole number to a fraction.
#include "checker/parse/fraction.h"

#include <cctype>
#include <string>
#include <vector>

#include "checker/parse/duration.h"
#include "checker/parse/number_words.h"
#include "checker/parse/tables.h"

namespace checker {
namespace {

namespace x3 = boost::spirit::x3;

struct Denominator {
  double value = 0;
  bool plural = false;
};

void add_ordinal(x3::symbols<Denominator>& s, const std::string& singular, const std::string& plural, double v) {
  tables::add_capitalized(s, singular, Denominator{v, false});
  tables::add_capitalized(s, plural, Denominator{v, true});
}

// French ordinals from their stems, with and without the accent ("cinquième", "cinquieme"),
// singular and plural.
template <size_t N>
void add_french_ordinals(x3::symbols<Denominator>& s, const std::pair<const char*, double> (&stems)[N]) {
  for (const auto& [stem, v] : stems)
    for (const char* end : {"ième", "ieme"}) add_ordinal(s, std::string(stem) + end, std::string(stem) + end + "s", v);
}

// Ordinals that name a fraction on their own ("a fifth", "un cinquième").
const x3::symbols<Denominator>& denominators(bool en) {
  static const x3::symbols<Denominator> fr = [] {
    x3::symbols<Denominator> s;
    add_ordinal(s, "demi", "demis", 2);
    add_ordinal(s, "tiers", "tiers", 3);
    add_ordinal(s, "quart", "quarts", 4);
    const std::pair<const char*, double> stems[] = {
        {"trois", 3},    {"quatr", 4},      {"cinqu", 5},    {"six", 6},      {"sept", 7},     {"huit", 8},
        {"neuv", 9},     {"dix", 10},       {"onz", 11},     {"douz", 12},    {"treiz", 13},   {"quatorz", 14},
        {"quinz", 15},   {"seiz", 16},      {"vingt", 20},   {"trent", 30},   {"quarant", 40}, {"cinquant", 50},
        {"soixant", 60}, {"cent", 100},     {"mill", 1e3},   {"million", 1e6}, {"milliard", 1e9},
        {"billion", 1e12}};
    add_french_ordinals(s, stems);
    return s;
  }();
  static const x3::symbols<Denominator> english = [] {
    x3::symbols<Denominator> s;
    add_ordinal(s, "half", "halves", 2);
    add_ordinal(s, "quarter", "quarters", 4);
    const std::pair<const char*, double> words[] = {
        {"third", 3},        {"fourth", 4},       {"fifth", 5},         {"sixth", 6},        {"seventh", 7},
        {"eighth", 8},       {"ninth", 9},        {"tenth", 10},        {"eleventh", 11},    {"twelfth", 12},
        {"thirteenth", 13},  {"fourteenth", 14},  {"fifteenth", 15},    {"sixteenth", 16},   {"seventeenth", 17},
        {"eighteenth", 18},  {"nineteenth", 19},  {"twentieth", 20},    {"thirtieth", 30},   {"fortieth", 40},
        {"fiftieth", 50},    {"sixtieth", 60},    {"seventieth", 70},   {"eightieth", 80},   {"ninetieth", 90},
        {"hundredth", 100},  {"thousandth", 1e3}, {"millionth", 1e6},   {"billionth", 1e9},  {"trillionth", 1e12}};
    for (const auto& [word, v] : words) add_ordinal(s, word, std::string(word) + "s", v);
    return s;
  }();
  return en ? english : fr;
}

// The last word of a compound ordinal ("twenty-first", "vingt et unième", "trente-deuxième").
const x3::symbols<Denominator>& ordinal_units(bool en) {
  static const x3::symbols<Denominator> fr = [] {
    x3::symbols<Denominator> s;
    const std::pair<const char*, double> stems[] = {{"un", 1},    {"deux", 2},  {"trois", 3}, {"quatr", 4}, {"cinqu", 5},
                                                    {"six", 6},   {"sept", 7},  {"huit", 8},  {"neuv", 9}};
    add_french_ordinals(s, stems);
    return s;
  }();
  static const x3::symbols<Denominator> english = [] {
    x3::symbols<Denominator> s;
    const std::pair<const char*, double> words[] = {{"first", 1}, {"second", 2}, {"third", 3}, {"fourth", 4}, {"fifth", 5},
                                                    {"sixth", 6}, {"seventh", 7}, {"eighth", 8}, {"ninth", 9}};
    for (const auto& [word, v] : words) add_ordinal(s, word, std::string(word) + "s", v);
    return s;
  }();
  return en ? english : fr;
}

const x3::symbols<double>& vulgar_fractions() {
  static const x3::symbols<double> s = [] {
    x3::symbols<double> t;
    t.add("½", 0.5)("⅓", 1.0 / 3)("⅔", 2.0 / 3)("¼", 0.25)("¾", 0.75)("⅕", 0.2)("⅖", 0.4)("⅗", 0.6)("⅘", 0.8)
        ("⅙", 1.0 / 6)("⅚", 5.0 / 6)("⅛", 0.125)("⅜", 0.375)("⅝", 0.625)("⅞", 0.875);
    return t;
  }();
  return s;
}

template <typename Parser, typename Attr>
bool parse_at(std::string_view text, size_t* pos, const Parser& p, Attr& attr) {
  auto first = text.begin() + static_cast<long>(*pos);
  if (!x3::parse(first, text.end(), p, attr)) return false;
  *pos = static_cast<size_t>(first - text.begin());
  return true;
}

template <typename Parser>
bool parse_at(std::string_view text, size_t* pos, const Parser& p) {
  x3::unused_type unused;
  return parse_at(text, pos, p, unused);
}

bool word_at_end(std::string_view text, size_t pos) { return tables::word_ends(text, pos); }

// A denominator at `pos`: a simple ordinal, or tens + unit ("twenty-fifth", "vingt et unième").
std::optional<Denominator> denominator_at(std::string_view text, size_t* pos, bool en) {
  size_t p = *pos;
  Denominator d;
  if (parse_at(text, &p, denominators(en), d) && word_at_end(text, p)) {
    *pos = p;
    return d;
  }
  const std::vector<NumberWord> tens = read_number_words(text.substr(*pos), en ? Lang::kEn : Lang::kFr);
  if (tens.empty()) return std::nullopt;
  p = *pos + tens.back().end;
  const auto joiner = x3::lit("-et-") | x3::lit("-and-") | x3::lit('-') |
                      (tables::ws >> -((x3::lit("et") | x3::lit("and")) >> tables::ws));
  if (!parse_at(text, &p, joiner) || !parse_at(text, &p, ordinal_units(en), d) || !word_at_end(text, p))
    return std::nullopt;
  d.value += fold_number_words(tens, 0, tens.size());
  *pos = p;
  return d;
}

// What may follow "a fifth"/"un quart" for it to be a fraction: "of"/"de", punctuation, the end.
bool fraction_may_end(std::string_view text, size_t pos) {
  static const auto after =
      x3::eoi | x3::lit('.') | x3::lit(',') | x3::lit(';') | x3::lit(':') | x3::lit(')') | x3::lit('?') |
      x3::lit('!') | (tables::ws >> (x3::lit("of ") | x3::lit("de ") | x3::lit("des ") | x3::lit("du ") |
                                     x3::lit("d'") | x3::lit("d\xE2\x80\x99") | x3::eoi | x3::lit('.')));
  return parse_at(text, &pos, after);
}

// A unit of measure or a percent after a fraction ("a half turn", "un demi-litre", "a quarter
// mile", "a half percent"): the ordinal counts a part of it, not a rank.
bool unit_follows(std::string_view text, size_t pos, bool en) {
  if (!parse_at(text, &pos, x3::lit('-') | tables::ws)) return false;
  // Symbols of one or two letters ("t", "m") are too often the start of another word.
  const auto word_unit = [&](const x3::symbols<tables::Unit>& table) {
    tables::Unit unit;
    size_t p = pos;
    return parse_at(text, &p, table, unit) && p - pos > 2 && unit.kind != "currency" && word_at_end(text, p);
  };
  return word_unit(tables::units()) || word_unit(tables::counted_units(en));
}

// A scale after a fraction: "half million", "un demi-million", "two thirds of a million".
double scale_after(std::string_view text, size_t* pos, bool en) {
  size_t p = *pos;
  const auto lead = x3::lit('-') | (tables::ws >> -((x3::lit("of a") | x3::lit("d'un") | x3::lit("a")) >> tables::ws));
  double scale = 0;
  if (!parse_at(text, &p, lead) || !parse_at(text, &p, tables::scales(en), scale) || !word_at_end(text, p) ||
      scale < 12)
    return 1;
  *pos = p;
  return scale;
}

struct Whole {
  double value = 0;
  size_t length = 0;
  double scale = 1;  // the scale word it ended on ("trois millions"), 1 otherwise
};

// An integer in digits or in words at the start of `text`, with the tokens read.
std::optional<Whole> whole_at(std::string_view text, Lang lang) {
  if (auto n = parse_number(text, lang)) return Whole{n->value.amount, n->length, 1};
  const std::vector<NumberWord> ws = read_number_words(text, lang);
  if (ws.empty()) return std::nullopt;
  return Whole{fold_number_words(ws, 0, ws.size()), ws.back().end, 1};
}

// "1 over 3", "one out of three", "un sur trois", "1 in 20": a ratio of two whole numbers.
std::optional<ParsedValue> ratio(std::string_view text, Lang lang) {
  const bool en = lang == Lang::kEn;
  auto num = whole_at(text, lang);
  if (!num) return std::nullopt;
  static const std::vector<std::string_view> kEnglish = {"over", "out of", "in"}, kFrench = {"sur"};
  std::string_view word;
  size_t p = num->length;
  if (!parse_at(text, &p, tables::ws)) return std::nullopt;
  for (std::string_view w : en ? kEnglish : kFrench)
    if (text.substr(p, w.size()) == w) {
      word = w;
      break;
    }
  if (word.empty()) return std::nullopt;
  p += word.size();
  if (!parse_at(text, &p, tables::ws)) return std::nullopt;
  auto den = whole_at(text.substr(p), lang);
  if (!den || den->value == 0) return std::nullopt;
  const size_t end = p + den->length;
  if (!word_at_end(text, end)) return std::nullopt;
  // "1000 € sur 3 ans": over a length of time, not a ratio.
  if (parse_duration(text.substr(p), lang)) return std::nullopt;
  // "5 in 2020", "sur 2019": a year, not a ratio; "1 in 20" only with one; "5 over 10 years"
  // is a length of time.
  const bool year_like = den->length == 4 && den->value >= 1000 && den->value <= 2199;
  if (year_like && word != "over") return std::nullopt;
  if (word == "in" && num->value != 1) return std::nullopt;
  if (word == "out of" && num->value > den->value) return std::nullopt;  // "12 out of 10": two numbers
  if (word == "over") {
    size_t q = end;
    if (parse_at(text, &q, tables::ws) && q < text.size() && std::isalpha(static_cast<unsigned char>(text[q])))
      return std::nullopt;
  }
  ParsedValue out;
  out.value.type = ValueType::kNumber;
  out.value.amount = num->value / den->value;
  out.length = end;
  return out;
}

// "3/4", "½": a fraction in digits or a vulgar fraction sign.
std::optional<ParsedValue> digit_fraction(std::string_view text) {
  ParsedValue out;
  out.value.type = ValueType::kNumber;
  size_t p = 0;
  double v = 0;
  if (parse_at(text, &p, vulgar_fractions(), v)) {
    out.value.amount = v;
    out.length = p;
    return out;
  }
  unsigned num = 0, den = 0;
  const auto small = x3::uint_parser<unsigned, 10, 1, 3>();
  if (!parse_at(text, &p, small, num) || !parse_at(text, &p, x3::lit('/')) || !parse_at(text, &p, small, den) ||
      den == 0)
    return std::nullopt;
  // "3/4/2025" is a date; "24/7" still reads as a ratio.
  if (p < text.size() && (text[p] == '/' || std::isalnum(static_cast<unsigned char>(text[p])))) return std::nullopt;
  out.value.amount = static_cast<double>(num) / den;
  out.length = p;
  return out;
}

// A fraction with its numerator: "two thirds", "a fifth of", "un demi", "3/4", "half million".
// *scale receives the scale word read after it (1 when none).
std::optional<ParsedValue> simple_fraction(std::string_view text, Lang lang, bool alone, double* scale_out) {
  *scale_out = 1;
  const bool en = lang == Lang::kEn;
  if (auto d = digit_fraction(text)) return d;
  ParsedValue out;
  out.value.type = ValueType::kNumber;
  size_t p = 0;
  // "half a dozen", "half million", "quarter million": no numerator, a scale after.
  {
    Denominator d;
    if (parse_at(text, &p, denominators(en), d) && word_at_end(text, p) && !d.plural && d.value <= 4) {
      const double scale = scale_after(text, &p, en);
      if (scale > 1) {
        *scale_out = scale;
        out.value.amount = scale / d.value;
        out.length = p;
        return out;
      }
    }
    p = 0;
  }
  // The numerator: an article, or whole-number words or digits, trying shorter readings so
  // "one twenty-fifth" is 1/25.
  struct Numerator {
    double value;
    size_t end;
    bool ends_in_tens;  // "one hundred thirty" before "fifths": "thirty fifths" may be one ordinal
  };
  std::vector<Numerator> numerators;
  const auto article_p = (en ? (x3::lit("an") | x3::lit("a") | x3::lit("An") | x3::lit("A"))
                             : (x3::lit("une") | x3::lit("un") | x3::lit("Une") | x3::lit("Un"))) >>
                         &(tables::ws | x3::lit('-'));
  if (parse_at(text, &p, article_p)) {
    size_t q = p;
    parse_at(text, &q, tables::ws);
    const std::vector<NumberWord> ws = read_number_words(text.substr(q), lang);
    // "a hundred trillionths": the article counts one of the scale that follows.
    if (!ws.empty() && number_word_scale(ws[0]) >= 100)
      numerators.push_back({fold_number_words(ws, 0, ws.size()), q + ws.back().end, false});
    numerators.push_back({1, p, false});
  } else if (auto n = parse_number(text, lang); n && n->plain_integer) {
    numerators.push_back({n->value.amount, n->length, false});
  } else {
    const std::vector<NumberWord> ws = read_number_words(text, lang);
    for (size_t k = ws.size(); k > 0; --k) {
      const double last = ws[k - 1].value;
      const bool tens = en && k > 1 && !ws[k - 1].after_and && last >= 20 && last <= 90 && static_cast<int>(last) % 10 == 0;
      numerators.push_back({fold_number_words(ws, 0, k), ws[k - 1].end, tens});
    }
  }
  for (const auto& [num, end, ends_in_tens] : numerators) {
    size_t q = end;
    const auto gap = tables::ws >> -(x3::lit('-') >> tables::ws) | x3::lit('-');
    if (!parse_at(text, &q, gap)) continue;
    auto d = denominator_at(text, &q, en);
    if (!d || d->value == 0) continue;
    // English reads a tens word before a unit ordinal as one ordinal, unless "and" joined the tens
    // to the numerator: "one hundred thirty fifths" = 100/35, "one hundred and thirty fifths" = 130/5.
    if (ends_in_tens && d->value >= 2 && d->value <= 9) continue;
    // "one first", "two second": not fractions; "twenty-one fifth" is "one twenty-fifth" (English
    // marks the plural; French text often leaves it out: "trois cinquième").
    if (d->value == 1 || (en && !d->plural && num != 1)) continue;
    const double scale = scale_after(text, &q, en);
    // "un cinquième mandat", "a third term": an ordinal, unless nothing but "of" follows.
    if (!d->plural && num == 1 && alone && scale == 1 && !fraction_may_end(text, q) && !unit_follows(text, q, en))
      continue;
    out.value.amount = num / d->value * scale;
    out.length = q;
    *scale_out = scale;
    return out;
  }
  return std::nullopt;
}

// "and a half", "et demi", "and three fifths" after a whole number: the fraction's length and value.
std::optional<ParsedValue> and_fraction(std::string_view text, Lang lang, double* scale) {
  *scale = 1;
  const bool en = lang == Lang::kEn;
  size_t p = 0;
  if (!parse_at(text, &p, tables::ws >> (en ? x3::lit("and") : x3::lit("et")) >> tables::ws)) return std::nullopt;
  if (!en) {
    // "un million et demi", "deux heures et demie": the article is left out.
    size_t q = p;
    if (parse_at(text, &q, x3::lit("demie") | x3::lit("demi")) && word_at_end(text, q)) {
      ParsedValue half;
      half.value.type = ValueType::kNumber;
      half.value.amount = 0.5;
      half.length = q;
      return half;
    }
  }
  auto f = simple_fraction(text.substr(p), lang, false, scale);
  // A whole number and a fraction: the fraction is proper ("one hundred and thirty fifths" is 130/5).
  if (!f || (*scale == 1 && f->value.amount >= 1)) return std::nullopt;
  f->length += p;
  return f;
}

}  // namespace

std::optional<ParsedValue> parse_fraction(std::string_view text, Lang lang) {
  const bool en = lang == Lang::kEn;
  if (auto r = ratio(text, lang)) return r;
  // A whole number first: digits (with a scale: "3 millions et demi") or words.
  Whole whole;
  bool have_whole = false;
  std::vector<NumberWord> ws;
  if (auto n = parse_number(text, lang)) {
    have_whole = true;
    whole = {n->value.amount, n->length, 1};
    size_t p = n->length;
    double scale = 1;
    if (parse_at(text, &p, tables::ws) && parse_at(text, &p, tables::scales(en), scale) && word_at_end(text, p)) {
      whole = {whole.value * scale, p, scale};
    } else if (n->plain_integer) {
      // "2 1/4": a whole number and a fraction in digits.
      size_t q = n->length;
      if (parse_at(text, &q, tables::ws))
        if (auto f = digit_fraction(text.substr(q))) {
          f->value.amount += n->value.amount;
          f->length += q;
          return f;
        }
    }
  } else {
    ws = read_number_words(text, lang);
    if (!ws.empty()) {
      have_whole = true;
      const double last_scale = number_word_scale(ws.back());
      whole = {fold_number_words(ws, 0, ws.size()), ws.back().end, last_scale >= 1000 ? last_scale : 1};
    }
  }
  if (have_whole) {
    // "one and a half", "3 million and a half", "cinq milliards et trois quarts".
    double own_scale = 1;
    if (auto f = and_fraction(text.substr(whole.length), lang, &own_scale)) {
      ParsedValue out = *f;
      if (own_scale > 1 && whole.scale == 1)  // "three and a half million": (3 + 1/2) million
        out.value.amount = (whole.value + f->value.amount / own_scale) * own_scale;
      else  // "one billion and a half million", "3 millions et demi"
        out.value.amount = whole.value + f->value.amount * (own_scale > 1 ? 1 : whole.scale);
      out.length = whole.length + f->length;
      // "five and a half million": the scale applies to the whole.
      if (whole.scale == 1 && own_scale == 1) {
        size_t p = out.length;
        double scale = 0;
        if (parse_at(text, &p, tables::ws) && parse_at(text, &p, tables::scales(en), scale) && word_at_end(text, p) &&
            scale >= 1000) {
          out.value.amount *= scale;
          out.length = p;
        }
      }
      return out;
    }
    // "twenty and three fifths", "cent trois et deux tiers": the fraction's numerator was read
    // as part of the whole number; split at the last "and".
    for (size_t k = ws.size(); k-- > 1;) {
      if (!ws[k].after_and) continue;
      double part_scale = 1;
      auto f = simple_fraction(text.substr(ws[k].start), lang, false, &part_scale);
      if (!f || ws[k].start + f->length <= ws.back().end || (part_scale == 1 && f->value.amount >= 1)) break;
      const double scale = number_word_scale(ws[k - 1]);
      ParsedValue out = *f;
      out.value.amount = fold_number_words(ws, 0, k) + f->value.amount * (scale >= 1000 && part_scale == 1 ? scale : 1);
      out.length = ws[k].start + f->length;
      return out;
    }
  }
  double own_scale = 1;
  auto f = simple_fraction(text, lang, true, &own_scale);
  if (!f) return std::nullopt;
  // A fraction that is only the first word of the whole number read is no fraction.
  if (have_whole && f->length <= whole.length) return std::nullopt;
  return f;
}

std::optional<ParsedValue> parse_bare_half(std::string_view text, Lang lang) {
  size_t p = 0;
  const auto half = lang == Lang::kEn ? x3::lit("half") : x3::lit("la moiti\xC3\xA9");
  if (!parse_at(text, &p, half) || !word_at_end(text, p)) return std::nullopt;
  ParsedValue out;
  out.value.type = ValueType::kNumber;
  out.value.amount = 0.5;
  out.length = p;
  return out;
}

}  // namespace checker
