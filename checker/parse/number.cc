// Number, amount, quantity and percent grammars (Boost.Spirit X3). RE2 in extract/ finds where
// a value may start; these grammars decide what it is and normalize it.
#include "checker/parse/number.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <string>

#include <utf8proc.h>

#include "checker/parse/fraction.h"
#include "checker/parse/number_words.h"
#include "checker/parse/rate.h"
#include "checker/parse/tables.h"
#include "checker/text/utf8.h"

namespace checker {
namespace {

namespace x3 = boost::spirit::x3;

using tables::continues_word;

// Skips value-internal whitespace (and French "de "/"d'" before a unit) from `pos`.
size_t skip_ws(std::string_view text, size_t pos) {
  auto first = text.begin() + static_cast<long>(pos);
  x3::parse(first, text.end(), *tables::ws);
  return static_cast<size_t>(first - text.begin());
}

size_t skip_de(std::string_view text, size_t pos) {
  auto first = text.begin() + static_cast<long>(pos);
  const auto de = (x3::lit("de") >> tables::ws) | x3::lit("d'") | x3::lit("d\xE2\x80\x99");
  x3::parse(first, text.end(), de);
  return static_cast<size_t>(first - text.begin());
}

template <typename Symbols, typename T>
bool match_symbol(const Symbols& symbols, std::string_view text, size_t* pos, T* out) {
  auto first = text.begin() + static_cast<long>(*pos);
  T value{};
  if (!x3::parse(first, text.end(), symbols, value)) return false;
  const size_t end = static_cast<size_t>(first - text.begin());
  // Words must end at a word boundary; symbols like "%" or "€" may be followed by anything.
  size_t last_start = end - 1;
  while (last_start > *pos && (static_cast<unsigned char>(text[last_start]) & 0xC0) == 0x80) --last_start;
  const auto last = static_cast<unsigned char>(text[last_start]);
  bool is_word = std::isalnum(last) != 0;
  if (last >= 0x80) {
    size_t len = 0;
    const auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(decode_utf8(text, last_start, &len)));
    is_word = cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;  // "é" ends a word, "€" does not
  }
  if (is_word && continues_word(text, end)) return false;
  *pos = end;
  *out = value;
  return true;
}

// (English; not after a currency sign: "$3 million and 21 cents" stays two values).
size_t read_on_after_scale(std::string_view text, size_t pos, double scale, double* amount) {
  while (true) {
    auto first = text.begin() + static_cast<long>(pos);
    const bool with_and = x3::parse(first, text.end(), tables::ws >> x3::lit("and") >> tables::ws);
    if (!with_and) {
      first = text.begin() + static_cast<long>(pos);
      if (!x3::parse(first, text.end(), tables::ws)) return pos;
    }
    size_t p = static_cast<size_t>(first - text.begin());
    auto n = parse_number(text.substr(p), Lang::kEn);
    if (!n) n = parse_number_words(text.substr(p), Lang::kEn);
    if (!n || n->value.amount <= 0) return pos;
    p += n->length;
    size_t q = skip_ws(text, p);
    double next_scale = 1;
    if (match_symbol(tables::scales(true), text, &q, &next_scale)) {
      if (next_scale >= scale || with_and) return pos;  // "3 hundred and 2 hundred": two numbers
      *amount += n->value.amount * next_scale;
      pos = q;
      scale = next_scale;
      continue;
    }
    if (!with_and || n->value.amount >= scale) return pos;
    *amount += n->value.amount;
    return p;
  }
}

// After "15 dollars": a scale ("75 USD million") or the hundredths ("3 dollars 50 cents",
// "thirteen dollars and forty-five cents", "15 dollars 50." at the end of a clause).
size_t money_after_currency(std::string_view text, size_t pos, Lang lang, bool scaled, double* amount) {
  const bool english = lang == Lang::kEn;
  size_t p = skip_ws(text, pos);
  double scale = 1;
  if (!scaled && p > pos && match_symbol(tables::scales(english), text, &p, &scale) && scale >= 1e6) {
    *amount *= scale;
    return p;
  }
  if (scaled) return pos;
  auto first = text.begin() + static_cast<long>(pos);
  const auto joiner = tables::ws >> -((english ? x3::lit("and") : x3::lit("et")) >> tables::ws);
  if (!x3::parse(first, text.end(), joiner)) return pos;
  const size_t at = static_cast<size_t>(first - text.begin());
  auto n = parse_number(text.substr(at), lang);
  if (!n) n = parse_number_words(text.substr(at), lang);
  if (!english && n && n->value.amount >= 100) {
    // "treize euros et quarante-cinq cents": French reads "cents" as a hundred; here it is the hundredths.
    const std::vector<NumberWord> ws = read_number_words(text.substr(at), lang);
    if (ws.size() > 1 && number_word_scale(ws.back()) == 100 && tables::word_ends(text, at + ws.back().end)) {
      const double hundredths = fold_number_words(ws, 0, ws.size() - 1);
      if (hundredths > 0 && hundredths < 100) {
        *amount += hundredths * 0.01;
        return at + ws.back().end;
      }
    }
  }
  if (!n || n->value.amount <= 0 || n->value.amount >= 100 || n->value.amount != static_cast<int>(n->value.amount))
    return pos;
  p = at + n->length;
  size_t q = skip_ws(text, p);
  tables::Unit sub;
  if (match_symbol(tables::currency_subunits(english), text, &q, &sub)) {
    *amount += n->value.amount * sub.factor;
    return q;
  }
  // No word for the hundredths: only where the clause ends ("It costs 15 dollars 50.").
  if (p < text.size() && std::string_view(".,;!?)").find(text[p]) == std::string_view::npos) return pos;
  if (p + 1 < text.size() && text[p] != ')' && std::isdigit(static_cast<unsigned char>(text[p + 1]))) return pos;
  *amount += n->value.amount * 0.01;
  return p;
}

// "5 ft 2 in", "5 feet and 2 inches": a height in feet reads on to the inches after it.
size_t inches_after_feet(std::string_view text, size_t pos, const tables::Unit& unit, Lang lang, double* metres) {
  if (unit.code != "m" || unit.factor != 0.3048) return pos;
  auto first = text.begin() + static_cast<long>(pos);
  const auto joiner = tables::ws >> -(x3::lit("and") >> tables::ws);
  if (!x3::parse(first, text.end(), joiner)) return pos;
  const size_t at = static_cast<size_t>(first - text.begin());
  auto n = parse_number(text.substr(at), lang);
  if (!n) return pos;
  size_t p = skip_ws(text, at + n->length);
  static const x3::symbols<int> inch = [] {
    x3::symbols<int> s;
    s.add("inches", 1)("inch", 1)("in", 1)("\"", 1)("\xE2\x80\xB3", 1);
    return s;
  }();
  int unused = 0;
  if (!match_symbol(inch, text, &p, &unused)) return pos;
  *metres += n->value.amount * 0.0254;
  return p;
}

// A unit followed by "/" and a unit we did not read as one ("km/ms"): the value is a rate.
// ("500000 barils par jour" stays a quantity of barrels, the way the peers read it.)
bool rate_follows(std::string_view text, size_t pos) {
  return pos + 1 < text.size() && text[pos] == '/' && std::isalpha(static_cast<unsigned char>(text[pos + 1]));
}

// "6' 8\"", "6′8″": feet and inches written with primes, read only as a pair (a lone "6'" may
// close a quotation). Returns the position after the inches, or `pos`.
size_t feet_inches_primes(std::string_view text, size_t pos, double feet, Lang lang, double* metres) {
  static const x3::symbols<int> prime = [] {
    x3::symbols<int> s;
    s.add("'", 1)("\xE2\x80\xB2", 1)("\xE2\x80\x99", 1);
    return s;
  }();
  static const x3::symbols<int> double_prime = [] {
    x3::symbols<int> s;
    s.add("\"", 1)("\xE2\x80\xB3", 1)("\xE2\x80\x9D", 1)("''", 1);
    return s;
  }();
  // A prime may touch the inches ("6′8″"): no word boundary is needed after it.
  auto first = text.begin() + static_cast<long>(pos);
  if (!x3::parse(first, text.end(), prime)) return pos;
  size_t p = skip_ws(text, static_cast<size_t>(first - text.begin()));
  int unused = 0;
  if (p >= text.size() || !std::isdigit(static_cast<unsigned char>(text[p]))) return pos;
  auto n = parse_number(text.substr(p), lang);
  if (!n || n->value.amount >= 12) return pos;
  p += n->length;
  if (!match_symbol(double_prime, text, &p, &unused)) return pos;
  *metres = feet * 0.3048 + n->value.amount * 0.0254;
  return p;
}

// Whether a word of tables::counted_units reads as a unit after `count`: cups and French turns
// after a count that is not whole ("1/2 cup", "un demi-tour"; "3 tours" are as often towers or
// election rounds, "3 cups" trophies); English turns in the grammatical number of the count
// ("a half turn", "3 turns"), but not after what reads as a year ("2008 turn").
bool counted_unit_allowed(const ParsedValue& count, std::string_view word, const tables::Unit& unit, bool english) {
  const double n = count.value.amount;
  if (n <= 0) return false;
  if (n != std::floor(n)) return true;
  if (!english || unit.code != "deg") return false;
  const bool plural = !word.empty() && word.back() == 's';
  if (!plural) return n == 1;
  return n > 1 && !(count.plain_integer && count.length == 4 && n >= 1000 && n <= 2199);
}

}  // namespace

std::optional<ParsedValue> parse_quantity(std::string_view text, Lang lang) {
  const bool english = lang == Lang::kEn;
  size_t pos = 0;
  tables::Unit prefix;
  bool has_prefix = match_symbol(tables::currency_prefixes(), text, &pos, &prefix);
  if (!has_prefix) {
    // "USD115": an ISO code glued to the digits.
    auto first = text.begin();
    if (x3::parse(first, text.end(), tables::currency_prefixes(), prefix) && first - text.begin() == 3 &&
        std::all_of(text.begin(), first, [](char c) { return c >= 'A' && c <= 'Z'; }) && first != text.end() &&
        std::isdigit(static_cast<unsigned char>(*first))) {
      has_prefix = true;
      pos = 3;
    }
  }
  if (has_prefix) pos = skip_ws(text, pos);
  // "minus 5", "negative one over 20": a sign in words (English; French "moins" is a bound).
  if (english && !has_prefix) {
    auto first = text.begin();
    const auto sign = (x3::lit("minus") | x3::lit("negative") | x3::lit("Minus") | x3::lit("Negative")) >> tables::ws;
    if (x3::parse(first, text.end(), sign)) {
      const size_t at = static_cast<size_t>(first - text.begin());
      auto rest = parse_quantity(text.substr(at), lang);
      if (!rest || rest->value.amount < 0 || rest->value.type == ValueType::kDate) return std::nullopt;
      rest->length += at;
      rest->value.amount = -rest->value.amount;
      rest->plain_integer = false;
      return rest;
    }
  }
  std::optional<ParsedValue> number;
  if (!has_prefix) number = parse_fraction(text.substr(pos), lang);
  if (!number) number = parse_number(text.substr(pos), lang);
  if (!number && !has_prefix) number = parse_number_words(text.substr(pos), lang);
  if (!number) return std::nullopt;
  ParsedValue out = *number;
  pos += number->length;

  size_t p = skip_ws(text, pos);
  double scale = 1;
  if (match_symbol(tables::scales(english), text, &p, &scale)) {
    // "three lakh crore", "3 thousand million": a larger scale after a scale multiplies it.
    for (size_t q = skip_ws(text, p); ;) {
      double larger = 1;
      if (!match_symbol(tables::scales(english), text, &q, &larger) || larger <= scale) break;
      scale *= larger;
      p = q;
      q = skip_ws(text, q);
    }
    out.value.amount *= scale;
    out.plain_integer = false;
    pos = p;
    if (english && !has_prefix) pos = read_on_after_scale(text, pos, scale, &out.value.amount);
  } else if (has_prefix) {
    // "£250m", "€3mn", "$1.2tn": after a currency sign a glued "m" is millions, not metres.
    p = pos;
    if (match_symbol(tables::glued_money_scales(), text, &p, &scale)) {
      out.value.amount *= scale;
      pos = p;
    }
  }
  if (has_prefix) {
    out.value.type = ValueType::kAmount;
    out.value.currency = prefix.code;
    out.plain_integer = false;
    out.length = pos;
    // "$3-5m", "£2–3bn", "$3m-5m": a range written after the sign; a scale after the second end
    // is the first's too when it has none ("$3-5m" is 3 to 5 million).
    size_t q = pos;
    if (text.substr(q, 1) == "-") q += 1;
    else if (text.substr(q, 3) == "\xE2\x80\x93") q += 3;
    if (q != pos && q < text.size() && std::isdigit(static_cast<unsigned char>(text[q]))) {
      if (const auto high = parse_number(text.substr(q), lang)) {
        size_t e = q + high->length;
        double high_scale = 1;
        if (!match_symbol(tables::glued_money_scales(), text, &e, &high_scale)) {
          size_t w = skip_ws(text, e);
          if (match_symbol(tables::scales(english), text, &w, &high_scale)) e = w;
        }
        if (high_scale == 1) high_scale = scale;  // "$3m-5m" has its own; "$3m-5" takes the first's
        double low = out.value.amount;
        if (scale == 1 && high_scale > 1) low *= high_scale;
        const double upper = high->value.amount * high_scale;
        if (low <= upper) {
          out.value.amount = low;
          out.value.lower = low;
          out.value.upper = upper;
          out.value.qualifier = "between";
          out.length = e;
        }
      }
    }
    return out;
  }
  if (!has_prefix && scale == 1) {
    double metres = 0;
    if (const size_t q = feet_inches_primes(text, pos, out.value.amount, lang, &metres); q != pos) {
      out.value.type = ValueType::kQuantity;
      out.value.unit = "m";
      out.value.amount = metres;
      out.plain_integer = false;
      out.length = q;
      return out;
    }
  }
  p = skip_ws(text, pos);
  if (!english) p = skip_de(text, p);
  // "a 45-acre farm", "the 3-inch thickness", "a one-yen bid": a unit joined by a hyphen.
  if (p == pos && p < text.size() && text[p] == '-') ++p;
  tables::Unit unit;
  const size_t unit_at = p;
  const bool scaled_money = scale > 1 && match_symbol(tables::scaled_currencies(), text, &p, &unit);
  // "24703 L-202": a one-letter "unit" joined to what follows by a hyphen is a name.
  // "2 mi-temps": French "mi-" (half) starts a word, it is not miles.
  const auto name_follows = [&] {
    const bool joins = p + 1 < text.size() && text[p] == '-' && std::isalnum(static_cast<unsigned char>(text[p + 1]));
    return joins && (p == unit_at + 1 || text.substr(unit_at, p - unit_at) == "mi");
  };
  bool unit_found = scaled_money || (match_symbol(tables::units(), text, &p, &unit) && !name_follows()) ||
                    (english && match_symbol(tables::english_units(), text, &p, &unit));
  // "20 (kg)", "20 [kg]": a unit in brackets, as in table headings.
  if (!unit_found && p == unit_at && p < text.size()) {
    static const std::string_view kOpen = "([{<", kClose = ")]}>";
    const size_t which = kOpen.find(text[p]);
    size_t q = p + 1;
    if (which != std::string_view::npos && match_symbol(tables::units(), text, &q, &unit) && q < text.size() &&
        text[q] == kClose[which] && unit.kind == "unit") {
      unit_found = true;
      p = q + 1;
    }
  }
  if (!unit_found && p == unit_at) {
    size_t q = p;
    if (match_symbol(tables::counted_units(english), text, &q, &unit) &&
        counted_unit_allowed(*number, text.substr(p, q - p), unit, english)) {
      unit_found = true;
      p = q;
    }
  }
  if (unit_found) {
    out.plain_integer = false;
    pos = p;
    if (unit.kind == "currency") {
      out.value.type = ValueType::kAmount;
      out.value.currency = unit.code;
      out.value.amount *= unit.factor;  // cents and pence are hundredths
      if (unit.factor == 1) pos = money_after_currency(text, pos, lang, scale > 1, &out.value.amount);
    } else if (unit.kind == "percent") {
      out.value.type = ValueType::kPercent;
      out.value.points = unit.code == "pp";
    } else if (double seconds = 0; unit.code == "m" && (p = per_time(text, pos, lang, &seconds)) != pos) {
      // "50 km/ms", "3 meters per second": a speed, in km/h.
      out.value.type = ValueType::kQuantity;
      out.value.unit = "km/h";
      out.value.amount *= unit.factor / seconds * 3.6;
      pos = p;
    } else if (rate_follows(text, pos)) {
      // "50 centimeters/millisecond": a rate in units we do not read is not a length; the number stays.
      out.plain_integer = number->plain_integer;
      out.length = number->length;
      return out;
    } else {
      out.value.type = ValueType::kQuantity;
      out.value.unit = unit.code;
      out.value.amount *= unit.factor;
      pos = inches_after_feet(text, pos, unit, lang, &out.value.amount);
    }
  }
  out.length = pos;
  return out;
}

}  // namespace checker
