// Qualifier grammar (Boost.Spirit X3): a closed list of words per language.
#include "checker/parse/qualifier.h"

#include <cctype>
#include <cmath>

#include "checker/parse/tables.h"

namespace checker {
namespace {

namespace x3 = boost::spirit::x3;

void add_all(x3::symbols<std::string>& s, std::initializer_list<const char*> words, const char* name) {
  for (const char* w : words) tables::add_capitalized(s, w, std::string(name));
}

const x3::symbols<std::string>& qualifiers(bool en) {
  static const x3::symbols<std::string> fr = [] {
    x3::symbols<std::string> s;
    auto add = [&](std::initializer_list<const char*> words, const char* name) { add_all(s, words, name); };
    add({"environ", "quelque", "approximativement"}, "approx");
    add({"près de", "pres de", "presque", "quasiment", "pratiquement"}, "nearly");
    add({"plus de", "au-delà de", "supérieur à", "supérieure à", "au-dessus de"}, "more-than");
    add({"moins de", "inférieur à", "inférieure à", "en dessous de", "en-dessous de"}, "less-than");
    add({"au moins", "au minimum", "pas moins de", "supérieur ou égal à", "supérieure ou égale à"}, "at-least");
    add({"au plus", "au maximum", "jusqu'à", "jusqu\xE2\x80\x99\xC3\xA0", "pas plus de", "inférieur ou égal à",
         "inférieure ou égale à"}, "at-most");
    add({"entre", "de"}, "between");  // "de 3 à 5 %": only with both ends
    return s;
  }();
  static const x3::symbols<std::string> english = [] {
    x3::symbols<std::string> s;
    auto add = [&](std::initializer_list<const char*> words, const char* name) { add_all(s, words, name); };
    add({"about", "around", "approximately", "roughly", "some"}, "approx");
    add({"nearly", "almost", "close to"}, "nearly");
    add({"over", "more than", "above", "in excess of", "greater than", "larger than", "bigger than", "higher than"},
        "more-than");
    add({"less than", "under", "below", "fewer than", "smaller than", "lower than"}, "less-than");
    add({"at least", "no less than", "greater than or equal to", "more than or equal to", "equal to or more than",
         "equal to or greater than", "at least or equal to", "bigger or equal than", "higher or equal than"},
        "at-least");
    add({"at most", "up to", "no more than", "less than or equal to", "equal to or less than", "smaller or equal than",
         "lower or equal than"}, "at-most");
    add({"between", "from"}, "between");  // "from 1,000 to 1,500": only with both ends
    return s;
  }();
  return en ? english : fr;
}

}  // namespace

std::optional<Qualifier> parse_qualifier(std::string_view text, Lang lang) {
  // Every qualifier starts with an ASCII letter: digits need no table.
  if (text.empty() || !std::isalpha(static_cast<unsigned char>(text[0]))) return std::nullopt;
  auto first = text.begin();
  Qualifier q;
  // The qualifier must be followed by a space (or nothing for "jusqu'à" glued by elision).
  // French elides "de" before a vowel: "plus d'un million", "près d’un tiers".
  static const x3::symbols<std::string> kElided = [] {
    x3::symbols<std::string> e;
    for (const char* apos : {"'", "\xE2\x80\x99"}) {
      tables::add_capitalized(e, std::string("plus d") + apos, std::string("more-than"));
      tables::add_capitalized(e, std::string("moins d") + apos, std::string("less-than"));
      tables::add_capitalized(e, std::string("près d") + apos, std::string("nearly"));
    }
    return e;
  }();
  const bool en = lang == Lang::kEn;
  if (!x3::parse(first, text.end(), tables::by_ref(qualifiers(en)) >> tables::ws, q.name) &&
      (first = text.begin(), en || !x3::parse(first, text.end(), kElided, q.name)))
    return std::nullopt;
  q.length = static_cast<size_t>(first - text.begin());
  return q;
}

size_t parse_range_joiner(std::string_view text, Lang lang) {
  const auto dash = x3::lit('-') | x3::lit("\xE2\x80\x93") | x3::lit("\xE2\x80\x94");
  const auto word = lang == Lang::kEn ? (x3::lit("and") | x3::lit("to")) : (x3::lit("et") | x3::lit("à"));
  const auto joiner = (-tables::ws >> dash >> -tables::ws) | (tables::ws >> word >> tables::ws);
  auto first = text.begin();
  if (!x3::parse(first, text.end(), joiner)) return 0;
  return static_cast<size_t>(first - text.begin());
}

void apply_qualifier(const std::string& name, Value* v) {
  const double x = v->amount;
  v->qualifier = name;
  // x * 9 / 10 rather than 0.9 * x: 0.9 and 1.1 are not exact in binary, and 1.1 * 1.5e6 printed
  // as 1650000.0000000002; one rounding (the division) gives the decimal value when x * 9 is exact.
  const bool huge = std::fabs(x) > 1e300;  // x * 11 would overflow
  const double nine_tenths = huge ? 0.9 * x : x * 9 / 10, eleven_tenths = huge ? 1.1 * x : x * 11 / 10;
  if (name == "nearly") v->lower = nine_tenths, v->upper = x;
  else if (name == "approx") v->lower = nine_tenths, v->upper = eleven_tenths;
  else if (name == "more-than" || name == "at-least") v->lower = x;
  else if (name == "less-than" || name == "at-most") v->upper = x;
}

}  // namespace checker
