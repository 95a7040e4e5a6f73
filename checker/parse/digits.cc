// Digit grammar (Boost.Spirit X3): a number in digits with the separators of its language
// (fr: space, no-break spaces and dot group thousands, comma is decimal; en: comma groups, point
// is decimal, Indian and continental grouping where unambiguous) and an exponent. The quantity
// grammar (number.cc) reads the scale, currency or unit after it.
#include "checker/parse/number.h"

#include <cctype>
#include <cmath>
#include <cstdlib>
#include <string>

#include <boost/spirit/home/x3.hpp>

#include "checker/parse/parse_memo.h"
#include "checker/parse/tables.h"

namespace checker {
namespace {

namespace x3 = boost::spirit::x3;
using tables::continues_word;

struct NumberText {
  std::string integer;
  std::string fraction;
  bool grouped = false;
};

// A semantic action that copies the matched characters into `*to`.
auto assign_to(std::string* to) {
  return [to](auto& ctx) {
    const auto& r = x3::_attr(ctx);
    to->assign(r.begin(), r.end());
  };
}

// Runs `grammar` (whose actions fill `*out`) at the start of `text`; the integer part keeps only
// its digits (separators dropped). Returns the length read and the number.
template <typename Grammar>
std::optional<std::pair<size_t, NumberText>> read_number_text(std::string_view text, const Grammar& grammar,
                                                              NumberText* out) {
  auto first = text.begin();
  if (!x3::parse(first, text.end(), grammar)) return std::nullopt;
  std::string digits;
  for (char c : out->integer)
    if (c >= '0' && c <= '9') digits += c;
  out->integer = digits;
  return std::make_pair(static_cast<size_t>(first - text.begin()), *out);
}

template <typename Sep>
std::optional<std::pair<size_t, NumberText>> number_text(std::string_view text, const Sep& sep,
                                                         char decimal) {
  NumberText out;
  auto set_grouped = [&](auto& ctx) {
    const auto& r = x3::_attr(ctx);
    out.integer.assign(r.begin(), r.end());
    out.grouped = true;
  };
  const auto set_plain = assign_to(&out.integer);
  const auto set_fraction = assign_to(&out.fraction);
  const auto three = x3::repeat(3)[x3::digit];
  const auto grouped = x3::raw[x3::repeat(1, 3)[x3::digit] >> +(sep >> three >> !x3::digit)];
  const auto plain = x3::raw[+x3::digit];
  const auto grammar = (grouped[set_grouped] | plain[set_plain]) >>
                       -(x3::lit(decimal) >> x3::raw[+x3::digit][set_fraction]);
  return read_number_text(text, grammar, &out);
}

// "12,34,567.89": Indian grouping (thousands, then lakhs and crores in pairs of digits).
std::optional<std::pair<size_t, NumberText>> indian_number_text(std::string_view text) {
  NumberText out;
  auto set_integer = [&](auto& ctx) {
    const auto& r = x3::_attr(ctx);
    out.integer.assign(r.begin(), r.end());
    out.grouped = true;
  };
  const auto set_fraction = assign_to(&out.fraction);
  const auto two = x3::repeat(2)[x3::digit];
  const auto grammar =
      x3::raw[x3::repeat(1, 2)[x3::digit] >> +(x3::lit(',') >> two >> &x3::lit(',')) >> x3::lit(',') >>
              x3::repeat(3)[x3::digit] >> !x3::digit][set_integer] >>
      -(x3::lit('.') >> x3::raw[+x3::digit][set_fraction]);
  return read_number_text(text, grammar, &out);
}

double to_double(const NumberText& n) {
  std::string s = n.integer.empty() ? "0" : n.integer;
  if (!n.fraction.empty()) s += "." + n.fraction;
  return std::strtod(s.c_str(), nullptr);
}

struct Exponent {
  int first = 10;      // 10: scientific notation (times ten to the power); 0: a power of the number
  double second = 0;   // the exponent
  size_t length = 0;
};

// "e10", "e-1", "x10^6", "×10^-4" (scientific notation) or "^23", "^-1" (a power), ending the
// number: "2e édition" has no digits after the "e", "1e10b" is a name.
std::optional<Exponent> exponent(std::string_view text) {
  auto first = text.begin();
  int sign = 1;
  unsigned digits = 0;
  // "^--23": each minus turns the sign over.
  const auto sign_p = *(x3::lit('+') | x3::lit('-')[([&](auto&) { sign = -sign; })]);
  const auto power = x3::uint_parser<unsigned, 10, 1, 3>()[([&](auto& ctx) { digits = x3::_attr(ctx); })];
  Exponent e;
  if (x3::parse(first, text.end(), (x3::lit('e') | x3::lit('E')) >> sign_p >> power)) {
    e.first = 10;
  } else if (first = text.begin(), x3::parse(first, text.end(), (x3::lit("x10^") | x3::lit("\xC3\x97" "10^")) >> sign_p >> power)) {
    e.first = 10;
  } else if (first = text.begin(), x3::parse(first, text.end(), x3::lit('^') >> sign_p >> power)) {
    e.first = 0;
  } else {
    return std::nullopt;
  }
  e.length = static_cast<size_t>(first - text.begin());
  if (continues_word(text, e.length)) return std::nullopt;
  e.second = sign * static_cast<double>(digits);
  return e;
}

// "3 hundred and 21", "4 thousand 3 hundred and 21": after a scale, a smaller number read on
}  // namespace

namespace {

// parse_number once its first byte is known to fit, without the memo.
std::optional<ParsedValue> digits_number(std::string_view text, Lang lang) {
  std::optional<std::pair<size_t, NumberText>> n;
  if (lang == Lang::kEn) {
    n = indian_number_text(text);
    // "1.111,11": dots grouping thousands and a decimal comma can only be read the continental way.
    if (!n) {
      n = number_text(text, x3::lit('.'), ',');
      if (n && !(n->second.grouped && !n->second.fraction.empty())) n.reset();
    }
    // Commas group thousands; spaces do too in many style guides ("40 000", "1 234 567").
    if (!n) n = number_text(text, x3::lit(',') | x3::lit(' ') | x3::lit("\xC2\xA0") | x3::lit("\xE2\x80\xAF"), '.');
  } else {
    const auto sep = x3::lit(' ') | x3::lit("\xC2\xA0") | x3::lit("\xE2\x80\xAF") | x3::lit('.');
    n = number_text(text, sep, ',');
    // "0.8rad": a point that cannot group thousands (not three digits after it) is a decimal point.
    if (n && !n->second.grouped && n->second.fraction.empty()) {
      if (auto point = number_text(text, x3::lit(','), '.'); point && !point->second.grouped) {
        const size_t decimals = point->second.fraction.size();
        const size_t end = point->first;
        const bool another = end + 1 < text.size() && text[end] == '.' && std::isdigit(static_cast<unsigned char>(text[end + 1]));
        if (decimals > 0 && decimals != 3 && !another) n = point;
      }
    }
  }
  if (!n) {
    // ".08" (English), ",5" (French): the integer part left out.
    const char decimal = lang == Lang::kEn ? '.' : ',';
    if (text.size() < 2 || text[0] != decimal || !std::isdigit(static_cast<unsigned char>(text[1]))) return std::nullopt;
    NumberText t;
    size_t i = 1;
    while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) t.fraction += text[i++];
    n = std::make_pair(i, t);
  }
  ParsedValue out;
  out.length = n->first;
  out.value.type = ValueType::kNumber;
  out.value.amount = to_double(n->second);
  out.plain_integer = !n->second.grouped && n->second.fraction.empty();
  if (auto e = exponent(text.substr(out.length))) {
    out.value.amount = e->first == 10 ? out.value.amount * std::pow(10.0, e->second)
                                      : std::pow(out.value.amount, e->second);
    out.length += e->length;
    out.plain_integer = false;
  }
  return out;
}

}  // namespace

std::optional<ParsedValue> parse_number(std::string_view text, Lang lang) {
  // Every form starts with a digit or the decimal separator: the scanner asks at words too
  // ("des", "environ"), and those need no grammar.
  if (text.empty() || (!std::isdigit(static_cast<unsigned char>(text[0])) && text[0] != (lang == Lang::kEn ? '.' : ',')))
    return std::nullopt;
  return ParseMemo::digits(text, lang, digits_number);
}

}  // namespace checker
