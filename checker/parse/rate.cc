// "/ms", "per second", "par heure" after a length: the grammar of a speed's denominator.
#include "checker/parse/rate.h"

#include <boost/spirit/home/x3.hpp>

#include "checker/parse/tables.h"

namespace checker {
namespace {

namespace x3 = boost::spirit::x3;

const x3::symbols<double>& time_units() {
  static const x3::symbols<double> s = [] {
    x3::symbols<double> t;
    for (auto n : {"millisecond", "milliseconde", "ms", "msec"}) t.add(n, 0.001);
    for (auto n : {"second", "seconde", "s", "sec"}) t.add(n, 1);
    for (auto n : {"minute", "min"}) t.add(n, 60);
    for (auto n : {"hour", "heure", "h", "hr"}) t.add(n, 3600);
    return t;
  }();
  return s;
}

}  // namespace

size_t per_time(std::string_view text, size_t pos, Lang lang, double* seconds) {
  auto first = text.begin() + static_cast<long>(pos);
  const auto per = lang == Lang::kEn ? x3::lit("per") : x3::lit("par");
  const auto slash = x3::lit('/');
  if (!x3::parse(first, text.end(), slash | (tables::ws >> per >> tables::ws))) return pos;
  double s = 0;
  if (!x3::parse(first, text.end(), time_units(), s)) return pos;
  // The unit of time is a word: "km/ms" but not "km/msg"; a plural "s" may close it ("per seconds").
  size_t end = static_cast<size_t>(first - text.begin());
  if (end < text.size() && text[end] == 's' && text[end - 1] != 's') ++end;
  if (tables::continues_word(text, end)) return pos;
  *seconds = s;
  return end;
}

}  // namespace checker
