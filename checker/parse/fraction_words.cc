// Fractions in words (Boost.Spirit X3): a numerator (an article, number words or digits)
// followed by an ordinal denominator, and what may follow it for the ordinal to be a fraction.
#include "checker/parse/fraction_words.h"

#include <vector>

#include "checker/parse/fraction_digits.h"
#include "checker/parse/number_words.h"
#include "checker/parse/ordinals.h"
#include "checker/parse/x3_cursor.h"

namespace checker {
namespace {

namespace x3 = boost::spirit::x3;

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

}  // namespace

// A fraction with its numerator: "two thirds", "a fifth of", "un demi", "3/4", "half million".
// *scale receives the scale word read after it (1 when none).
std::optional<ParsedValue> parse_simple_fraction(std::string_view text, Lang lang, bool alone, double* scale_out) {
  *scale_out = 1;
  const bool en = lang == Lang::kEn;
  if (auto d = parse_digit_fraction(text)) return d;
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

}  // namespace checker
