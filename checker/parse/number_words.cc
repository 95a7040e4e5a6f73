// Number-word grammar (Boost.Spirit X3): a sequence of number words folded into a value the way
// they are read aloud ("trois cent vingt" = (3 × 100) + 20, "deux mille" = 2 × 1000).
#include "checker/parse/number_words.h"

#include <cctype>
#include <string>
#include <vector>

#include "checker/parse/tables.h"

namespace checker {
namespace {

namespace x3 = boost::spirit::x3;

// Words below a hundred add; "cent"/"hundred" multiplies what precedes; "mille", "million"…
// (stored as minus their value) close a group and multiply it.
constexpr double kHundred = -100;

const x3::symbols<double>& words(bool en) {
  static const x3::symbols<double> fr = [] {
    x3::symbols<double> s;
    const char* units[] = {"zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit",
                           "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize"};
    for (int i = 0; i <= 16; ++i) s.add(units[i], i);
    s.add("une", 1)("vingt", 20)("vingts", 20)("trente", 30)("quarante", 40)("cinquante", 50)("soixante", 60)
        ("cent", kHundred)("cents", kHundred)("mille", -1e3)("million", -1e6)("millions", -1e6)
        ("milliard", -1e9)("milliards", -1e9);
    return s;
  }();
  static const x3::symbols<double> english = [] {
    x3::symbols<double> s;
    const char* units[] = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                           "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                           "seventeen", "eighteen", "nineteen"};
    for (int i = 0; i <= 19; ++i) s.add(units[i], i);
    s.add("twenty", 20)("thirty", 30)("forty", 40)("fifty", 50)("sixty", 60)("seventy", 70)("eighty", 80)
        ("ninety", 90)("hundred", kHundred)("thousand", -1e3)("million", -1e6)("millions", -1e6)
        ("billion", -1e9)("billions", -1e9)("trillion", -1e12);
    return s;
  }();
  return en ? english : fr;
}

// "une dizaine" is about ten: the value and its qualifier.
const x3::symbols<int>& collectives(bool en) {
  static const x3::symbols<int> fr = [] {
    x3::symbols<int> s;
    s.add("une dizaine", 10)("une douzaine", 12)("une quinzaine", 15)("une vingtaine", 20)
        ("une trentaine", 30)("une quarantaine", 40)("une cinquantaine", 50)("une centaine", 100)
        ("un millier", 1000)("Une dizaine", 10)("Une centaine", 100)("Un millier", 1000);
    return s;
  }();
  static const x3::symbols<int> english = [] {
    x3::symbols<int> s;
    s.add("a dozen", 12)("A dozen", 12)("a hundred", 100)("a thousand", 1000)("A hundred", 100)
        ("A thousand", 1000);
    return s;
  }();
  return en ? english : fr;
}


double fold(const std::vector<double>& ws) {
  double total = 0, group = 0;
  for (double w : ws) {
    if (w == kHundred) group = (group == 0 ? 1 : group) * 100;
    else if (w < kHundred) total += (group == 0 ? 1 : group) * -w, group = 0;
    else if (w == 20 && group > 0 && static_cast<long>(group) % 100 == 4) group = group - 4 + 80;  // quatre-vingt
    else group += w;
  }
  return total + group;
}

}  // namespace

std::optional<ParsedValue> parse_number_words(std::string_view text, Lang lang) {
  const bool en = lang == Lang::kEn;
  ParsedValue out;
  out.value.type = ValueType::kNumber;
  {
    auto first = text.begin();
    int n = 0;
    if (x3::parse(first, text.end(), collectives(en), n) && n > 0 &&
        tables::word_ends(text, static_cast<size_t>(first - text.begin()))) {
      out.length = static_cast<size_t>(first - text.begin());
      out.value.amount = n;
      if (!en) out.value.qualifier = "approx";  // "une dizaine" is about ten, "a dozen" is twelve
      return out;
    }
  }
  const auto sep = (en ? x3::lit("-and-") : x3::lit("-et-")) | x3::lit('-') | (tables::ws >> (en ? x3::lit("and") : x3::lit("et")) >> tables::ws) |
                   tables::ws;
  std::vector<double> parts;
  auto word = [&](size_t at, double* value) {
    auto first = text.begin() + static_cast<long>(at);
    if (!x3::parse(first, text.end(), words(en), *value)) return size_t{0};
    const size_t end = static_cast<size_t>(first - text.begin());
    return tables::word_ends(text, end) ? end : size_t{0};
  };
  double value = 0;
  size_t end = word(0, &value);
  if (end == 0) {
    // Capitalized at a sentence start: "Trois ans plus tard".
    if (text.empty() || !std::isupper(static_cast<unsigned char>(text[0]))) return std::nullopt;
    std::string lowered(text.substr(0, std::min<size_t>(text.size(), 80)));
    lowered[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(lowered[0])));
    return parse_number_words(lowered, lang);
  }
  parts.push_back(value);
  while (true) {
    auto first = text.begin() + static_cast<long>(end);
    if (!x3::parse(first, text.end(), sep)) break;
    const size_t next = word(static_cast<size_t>(first - text.begin()), &value);
    if (next == 0) break;
    parts.push_back(value);
    end = next;
  }
  // A lone "un"/"une" is an article ("un rapport"); "un million" went on to the scale word.
  if (!en && parts.size() == 1 && parts[0] == 1) return std::nullopt;
  out.length = end;
  out.value.amount = fold(parts);
  return out;
}

}  // namespace checker
