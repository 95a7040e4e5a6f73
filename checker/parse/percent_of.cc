// The percent-first grammar: "percent of 10", "pourcentage de vingt" (Boost.Spirit X3).
#include "checker/parse/percent_of.h"

#include <boost/spirit/home/x3.hpp>

#include "checker/parse/fraction.h"
#include "checker/parse/number_words.h"
#include "checker/parse/tables.h"

namespace checker {
namespace {

namespace x3 = boost::spirit::x3;

const x3::symbols<int>& percent_words(bool english) {
  static const x3::symbols<int> fr = [] {
    x3::symbols<int> s;
    for (auto w : {"pourcent", "pourcents", "pour cent", "pourcentage", "pourcentages"}) tables::add_capitalized(s, w, 1);
    return s;
  }();
  static const x3::symbols<int> en = [] {
    x3::symbols<int> s;
    for (auto w : {"percent", "percents", "per cent", "percentage", "percentages"}) tables::add_capitalized(s, w, 1);
    return s;
  }();
  return english ? en : fr;
}

// "half a percent", "a quarter of a percent", "half of one per cent", "un quart d'un pour cent":
// a fraction of one percent.
std::optional<ParsedValue> fraction_of_percent(std::string_view text, Lang lang) {
  // Every percent word holds "cent" (or is "%"): a cheap test first, as this runs at every value.
  const std::string_view near = text.substr(0, 48);
  if (near.find("cent") == std::string_view::npos && near.find('%') == std::string_view::npos) return std::nullopt;
  const bool english = lang == Lang::kEn;
  double share = 0;
  size_t p = 0;
  auto first = text.begin();
  if (english && x3::parse(first, text.end(), x3::lit("half") | x3::lit("Half"))) {
    share = 0.5;
    p = 4;
  } else if (auto f = parse_fraction(text, lang); f && f->value.amount < 1) {
    share = f->value.amount;
    p = f->length;
  } else {
    return std::nullopt;
  }
  first = text.begin() + static_cast<long>(p);
  const bool of_one =
      english ? x3::parse(first, text.end(), tables::ws >> (x3::lit("of a") | x3::lit("of one") | x3::lit("a")) >> tables::ws)
              : x3::parse(first, text.end(), tables::ws >> (x3::lit("d'un") | x3::lit("d\xE2\x80\x99un") | x3::lit("de un")) >>
                                                 tables::ws);
  if (!of_one) return std::nullopt;
  tables::Unit unit;
  if (!x3::parse(first, text.end(), tables::units(), unit) || unit.kind != "percent") return std::nullopt;
  const size_t end = static_cast<size_t>(first - text.begin());
  if (tables::continues_word(text, end)) return std::nullopt;
  ParsedValue out;
  out.length = end;
  out.value.type = ValueType::kPercent;
  out.value.amount = share;
  out.value.points = unit.code == "pp";
  return out;
}

}  // namespace

std::optional<ParsedValue> parse_percent_of(std::string_view text, Lang lang) {
  const bool english = lang == Lang::kEn;
  auto first = text.begin();
  int unused = 0;
  if (!x3::parse(first, text.end(), percent_words(english), unused)) return fraction_of_percent(text, lang);
  const bool of = english ? x3::parse(first, text.end(), tables::ws >> x3::lit("of") >> tables::ws)
                          : x3::parse(first, text.end(), tables::ws >> (x3::lit("des") | x3::lit("de")) >> tables::ws);
  if (!of) return std::nullopt;
  const size_t at = static_cast<size_t>(first - text.begin());
  auto n = parse_number(text.substr(at), lang);
  if (n && n->plain_integer && n->length == 4 && n->value.amount >= 1000 && n->value.amount <= 2199)
    return std::nullopt;  // a year
  if (!n) n = parse_number_words(text.substr(at), lang);
  if (!n) return std::nullopt;
  const size_t end = at + n->length;
  size_t after = end;
  while (after < text.size() && (text[after] == ' ' || text[after] == '\n')) ++after;
  if (after < text.size() && std::string_view(".,;:!?)").find(text[after]) == std::string_view::npos)
    return std::nullopt;
  ParsedValue out;
  out.length = end;
  out.value.type = ValueType::kPercent;
  out.value.amount = n->value.amount;
  return out;
}

}  // namespace checker
