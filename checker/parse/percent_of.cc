// The percent-first grammar: "percent of 10", "pourcentage de vingt" (Boost.Spirit X3).
#include "checker/parse/percent_of.h"

#include <boost/spirit/home/x3.hpp>

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

}  // namespace

std::optional<ParsedValue> parse_percent_of(std::string_view text, Lang lang) {
  const bool english = lang == Lang::kEn;
  auto first = text.begin();
  int unused = 0;
  if (!x3::parse(first, text.end(), percent_words(english), unused)) return std::nullopt;
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
