// Fractions in digits and vulgar fraction signs (Boost.Spirit X3).
#include "checker/parse/fraction_digits.h"

#include <cctype>

#include "checker/parse/tables.h"
#include "checker/parse/x3_cursor.h"

namespace checker {
namespace {

namespace x3 = boost::spirit::x3;

const x3::symbols<double>& vulgar_fractions() {
  static const x3::symbols<double> s = [] {
    x3::symbols<double> t;
    t.add("½", 0.5)("⅓", 1.0 / 3)("⅔", 2.0 / 3)("¼", 0.25)("¾", 0.75)("⅕", 0.2)("⅖", 0.4)("⅗", 0.6)("⅘", 0.8)
        ("⅙", 1.0 / 6)("⅚", 5.0 / 6)("⅛", 0.125)("⅜", 0.375)("⅝", 0.625)("⅞", 0.875);
    return t;
  }();
  return s;
}

}  // namespace

std::optional<ParsedValue> parse_digit_fraction(std::string_view text) {
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
  if (month_phrase_follows(text.substr(p))) return std::nullopt;  // "on the 12/25 November 1917"
  out.value.amount = static_cast<double>(num) / den;
  out.length = p;
  return out;
}

bool month_phrase_follows(std::string_view rest) {
  for (bool english : {false, true}) {
    size_t q = 0;
    int month = 0;
    if (!parse_at(rest, &q, tables::ws >> tables::by_ref(tables::months(english)), month)) continue;
    const bool digit_follows = q + 1 < rest.size() && rest[q] == ' ' && std::isdigit(static_cast<unsigned char>(rest[q + 1]));
    const bool phrase_ends = q == rest.size() || std::string_view(".,;:)!?").find(rest[q]) != std::string_view::npos;
    if (digit_follows || phrase_ends) return true;
  }
  return false;
}

}  // namespace checker
