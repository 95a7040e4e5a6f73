// Decade grammar (Boost.Spirit X3): an optional start/middle/end, then "années" + a year ending
// in 0 (fr), or a year ending in 0 + "s" (en).
#include "checker/parse/decade.h"

#include "checker/parse/tables.h"

namespace checker {
namespace {

namespace x3 = boost::spirit::x3;

}  // namespace

std::optional<ParsedValue> parse_decade(std::string_view text, Lang lang, const std::optional<PartialDate>& reference) {
  const bool en = lang == Lang::kEn;
  // The first byte of "the", of a modifier, an article or "années"; any other needs no grammar.
  const std::string_view first_bytes = en ? "tT" : "dDmMfFlLa";
  if (text.empty() || first_bytes.find(text[0]) == std::string_view::npos) return std::nullopt;
  std::string mod;
  int year = 0;
  size_t digits = 0;
  auto set_mod = [&mod](const char* m) { return [&mod, m](auto&) { mod = m; }; };
  auto set_year = [&](auto& ctx) {
    year = x3::_attr(ctx);
    digits = x3::_attr(ctx) >= 100 ? 4 : 2;
  };
  const auto ws = tables::ws;
  const auto four = x3::uint_parser<int, 10, 4, 4>()[set_year];
  const auto two = x3::uint_parser<int, 10, 2, 2>()[set_year];
  auto first = text.begin();
  bool ok = false;
  if (en) {
    const auto modifier = (x3::lit("early") | x3::lit("Early"))[set_mod("START")] |
                          (x3::lit("mid") | x3::lit("Mid"))[set_mod("MID")] |
                          (x3::lit("late") | x3::lit("Late"))[set_mod("END")];
    ok = x3::parse(first, text.end(),
                   (x3::lit("the ") | x3::lit("The ")) >> -(modifier >> (x3::lit('-') | ws)) >>
                       ((x3::lit('\'') | x3::lit("\xE2\x80\x99")) >> two | four | two) >> x3::lit('s'));
  } else {
    const auto modifier = (x3::lit("début") | x3::lit("Début"))[set_mod("START")] |
                          (x3::lit("milieu") | x3::lit("Milieu"))[set_mod("MID")] |
                          (x3::lit("fin") | x3::lit("Fin"))[set_mod("END")];
    const auto article = x3::lit("les ") | x3::lit("Les ") | x3::lit("des ") | x3::lit("Des ");
    ok = x3::parse(first, text.end(),
                   ((modifier >> ws >> x3::lit("des ")) | article | x3::eps) >> x3::lit("années") >> ws >> (four | two));
  }
  if (!ok || year % 10 != 0) return std::nullopt;
  const size_t length = static_cast<size_t>(first - text.begin());
  if (!tables::word_ends(text, length)) return std::nullopt;
  if (digits == 2) {
    // The latest such decade that began by the reference year.
    const int ref = reference ? reference->year : 1999;
    year += 1900;
    while (year + 100 <= ref) year += 100;
  }
  ParsedValue out;
  out.length = length;
  out.value.type = ValueType::kDate;
  out.value.date.year = year;
  out.value.date.precision = Precision::kDecade;
  out.value.date.mod = mod;
  return out;
}

}  // namespace checker
