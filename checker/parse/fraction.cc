// Fraction grammar (Boost.Spirit X3): a ratio ("1 sur 3"), a whole number joined to a fraction
// by "and"/"et" ("one and a half", "3 millions et demi", "2 1/4"), or a fraction alone. The
// pieces live in ratio.cc, fraction_digits.cc, fraction_words.cc and ordinals.cc.
#include "checker/parse/fraction.h"

#include <vector>

#include "checker/parse/fraction_digits.h"
#include "checker/parse/fraction_words.h"
#include "checker/parse/number_words.h"
#include "checker/parse/ratio.h"
#include "checker/parse/whole_number.h"
#include "checker/parse/x3_cursor.h"

namespace checker {
namespace {

namespace x3 = boost::spirit::x3;

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
  auto f = parse_simple_fraction(text.substr(p), lang, false, scale);
  // A whole number and a fraction: the fraction is proper ("one hundred and thirty fifths" is 130/5).
  if (!f || (*scale == 1 && f->value.amount >= 1)) return std::nullopt;
  f->length += p;
  return f;
}

}  // namespace

std::optional<ParsedValue> parse_fraction(std::string_view text, Lang lang) {
  const bool en = lang == Lang::kEn;
  if (auto r = parse_ratio(text, lang)) return r;
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
        if (auto f = parse_digit_fraction(text.substr(q))) {
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
      auto f = parse_simple_fraction(text.substr(ws[k].start), lang, false, &part_scale);
      if (!f || ws[k].start + f->length <= ws.back().end || (part_scale == 1 && f->value.amount >= 1)) break;
      const double scale = number_word_scale(ws[k - 1]);
      ParsedValue out = *f;
      out.value.amount = fold_number_words(ws, 0, k) + f->value.amount * (scale >= 1000 && part_scale == 1 ? scale : 1);
      out.length = ws[k].start + f->length;
      return out;
    }
  }
  double own_scale = 1;
  auto f = parse_simple_fraction(text, lang, true, &own_scale);
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
