// Ordinal tables (Boost.Spirit X3 symbols) and the compound ordinals built from them.
#include "checker/parse/ordinals.h"

#include <string>
#include <vector>

#include "checker/parse/number_words.h"
#include "checker/parse/x3_cursor.h"

namespace checker {
namespace {

namespace x3 = boost::spirit::x3;

void add_ordinal(x3::symbols<Denominator>& s, const std::string& singular, const std::string& plural, double v) {
  tables::add_capitalized(s, singular, Denominator{v, false});
  tables::add_capitalized(s, plural, Denominator{v, true});
}

// French ordinals from their stems, with and without the accent ("cinquième", "cinquieme"),
// singular and plural.
template <size_t N>
void add_french_ordinals(x3::symbols<Denominator>& s, const std::pair<const char*, double> (&stems)[N]) {
  for (const auto& [stem, v] : stems)
    for (const char* end : {"ième", "ieme"}) add_ordinal(s, std::string(stem) + end, std::string(stem) + end + "s", v);
}

// The last word of a compound ordinal ("twenty-first", "vingt et unième", "trente-deuxième").
const x3::symbols<Denominator>& ordinal_units(bool en) {
  static const x3::symbols<Denominator> fr = [] {
    x3::symbols<Denominator> s;
    const std::pair<const char*, double> stems[] = {{"un", 1},    {"deux", 2},  {"trois", 3}, {"quatr", 4}, {"cinqu", 5},
                                                    {"six", 6},   {"sept", 7},  {"huit", 8},  {"neuv", 9}};
    add_french_ordinals(s, stems);
    return s;
  }();
  static const x3::symbols<Denominator> english = [] {
    x3::symbols<Denominator> s;
    const std::pair<const char*, double> words[] = {{"first", 1}, {"second", 2}, {"third", 3}, {"fourth", 4}, {"fifth", 5},
                                                    {"sixth", 6}, {"seventh", 7}, {"eighth", 8}, {"ninth", 9}};
    for (const auto& [word, v] : words) add_ordinal(s, word, std::string(word) + "s", v);
    return s;
  }();
  return en ? english : fr;
}

}  // namespace

// Ordinals that name a fraction on their own ("a fifth", "un cinquième").
const x3::symbols<Denominator>& denominators(bool en) {
  static const x3::symbols<Denominator> fr = [] {
    x3::symbols<Denominator> s;
    add_ordinal(s, "demi", "demis", 2);
    add_ordinal(s, "tiers", "tiers", 3);
    add_ordinal(s, "quart", "quarts", 4);
    const std::pair<const char*, double> stems[] = {
        {"trois", 3},    {"quatr", 4},      {"cinqu", 5},    {"six", 6},      {"sept", 7},     {"huit", 8},
        {"neuv", 9},     {"dix", 10},       {"onz", 11},     {"douz", 12},    {"treiz", 13},   {"quatorz", 14},
        {"quinz", 15},   {"seiz", 16},      {"vingt", 20},   {"trent", 30},   {"quarant", 40}, {"cinquant", 50},
        {"soixant", 60}, {"cent", 100},     {"mill", 1e3},   {"million", 1e6}, {"milliard", 1e9},
        {"billion", 1e12}};
    add_french_ordinals(s, stems);
    return s;
  }();
  static const x3::symbols<Denominator> english = [] {
    x3::symbols<Denominator> s;
    add_ordinal(s, "half", "halves", 2);
    add_ordinal(s, "quarter", "quarters", 4);
    const std::pair<const char*, double> words[] = {
        {"third", 3},        {"fourth", 4},       {"fifth", 5},         {"sixth", 6},        {"seventh", 7},
        {"eighth", 8},       {"ninth", 9},        {"tenth", 10},        {"eleventh", 11},    {"twelfth", 12},
        {"thirteenth", 13},  {"fourteenth", 14},  {"fifteenth", 15},    {"sixteenth", 16},   {"seventeenth", 17},
        {"eighteenth", 18},  {"nineteenth", 19},  {"twentieth", 20},    {"thirtieth", 30},   {"fortieth", 40},
        {"fiftieth", 50},    {"sixtieth", 60},    {"seventieth", 70},   {"eightieth", 80},   {"ninetieth", 90},
        {"hundredth", 100},  {"thousandth", 1e3}, {"millionth", 1e6},   {"billionth", 1e9},  {"trillionth", 1e12}};
    for (const auto& [word, v] : words) add_ordinal(s, word, std::string(word) + "s", v);
    return s;
  }();
  return en ? english : fr;
}

std::optional<Denominator> denominator_at(std::string_view text, size_t* pos, bool en) {
  size_t p = *pos;
  Denominator d;
  if (parse_at(text, &p, denominators(en), d) && word_at_end(text, p)) {
    *pos = p;
    return d;
  }
  const std::vector<NumberWord> tens = read_number_words(text.substr(*pos), en ? Lang::kEn : Lang::kFr);
  if (tens.empty()) return std::nullopt;
  p = *pos + tens.back().end;
  const auto joiner = x3::lit("-et-") | x3::lit("-and-") | x3::lit('-') |
                      (tables::ws >> -((x3::lit("et") | x3::lit("and")) >> tables::ws));
  if (!parse_at(text, &p, joiner) || !parse_at(text, &p, ordinal_units(en), d) || !word_at_end(text, p))
    return std::nullopt;
  d.value += fold_number_words(tens, 0, tens.size());
  *pos = p;
  return d;
}

}  // namespace checker
