// Number-word grammar (Boost.Spirit X3): a sequence of number words folded into a value the way
// they are read aloud ("trois cent vingt" = (3 × 100) + 20, "deux mille" = 2 × 1000).
#include "checker/parse/number_words.h"

#include <cctype>
#include <algorithm>
#include <cstdlib>
#include <string>
#include <vector>

#include "checker/parse/parse_memo.h"
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
        ("septante", 70)("huitante", 80)("octante", 80)("nonante", 90)  // Belgian and Swiss French
        ("cent", kHundred)("cents", kHundred)("mille", -1e3)("million", -1e6)("millions", -1e6)
        ("milliard", -1e9)("milliards", -1e9)("billion", -1e12)("billions", -1e12);
    return s;
  }();
  static const x3::symbols<double> english = [] {
    x3::symbols<double> s;
    const char* units[] = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                           "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                           "seventeen", "eighteen", "nineteen"};
    for (int i = 0; i <= 19; ++i) s.add(units[i], i);
    s.add("nought", 0)("naught", 0);
    s.add("twenty", 20)("thirty", 30)("forty", 40)("fifty", 50)("sixty", 60)("seventy", 70)("eighty", 80)
        ("ninety", 90)("hundred", kHundred)("thousand", -1e3)("million", -1e6)("millions", -1e6)
        ("billion", -1e9)("billions", -1e9)("trillion", -1e12)("trillions", -1e12);
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


// A scale larger than every scale before it multiplies all that precedes ("three thousand
// million" = 3e9, "mille milliards" = 1e12); a smaller one only its own group ("two million three
// thousand").
double fold(const std::vector<double>& ws) {
  double total = 0, group = 0, largest = 0;
  for (double w : ws) {
    if (w == kHundred) group = (group == 0 ? 1 : group) * 100;
    else if (w < kHundred && total > 0 && -w > largest) total = (total + group) * -w, group = 0, largest = -w;
    else if (w < kHundred) total += (group == 0 ? 1 : group) * -w, group = 0, largest = std::max(largest, -w);
    else if (w == 20 && group > 0 && static_cast<long>(group) % 100 == 4) group = group - 4 + 80;  // quatre-vingt
    else group += w;
  }
  return total + group;
}

// "two hundred point zero three", "deux cent virgule cinquante deux": the digits after the
// point, read one word at a time ("zero three" = 03) or as one number ("seventy-one" = 71).
std::string decimals_after_point(std::string_view text, Lang lang, size_t* length) {
  const bool en = lang == Lang::kEn;
  auto first = text.begin();
  const auto point = tables::ws >> (en ? x3::lit("point") : x3::lit("virgule")) >> tables::ws;
  if (!x3::parse(first, text.end(), point)) return "";
  const size_t at = static_cast<size_t>(first - text.begin());
  std::vector<NumberWord> ws = read_number_words(text.substr(at), lang);
  if (ws.empty()) return "";
  // English reads digits apart ("zero three" is two words): take them one after another.
  while (en && ws.back().value >= 0 && ws.back().value <= 9) {
    size_t next = ws.back().end;
    auto gap = text.begin() + static_cast<long>(at + next);
    if (!x3::parse(gap, text.end(), tables::ws)) break;
    next = static_cast<size_t>(gap - text.begin()) - at;
    const std::vector<NumberWord> more = read_number_words(text.substr(at + next), lang);
    if (more.size() != 1 || more[0].value < 0 || more[0].value > 9) break;
    ws.push_back({more[0].value, next, next + more[0].end, false});
  }
  bool digit_by_digit = ws.size() > 1;
  for (const NumberWord& w : ws) digit_by_digit = digit_by_digit && w.value >= 0 && w.value <= 9 && !w.after_and;
  std::string digits;
  if (digit_by_digit) {
    for (const NumberWord& w : ws) digits += static_cast<char>('0' + static_cast<int>(w.value));
  } else {
    std::vector<double> values;
    for (const NumberWord& w : ws) values.push_back(w.value);
    digits = std::to_string(static_cast<long long>(fold(values)));
  }
  *length = at + ws.back().end;
  return digits;
}

bool is_tens(double v) { return v >= 20 && v <= 90 && static_cast<int>(v) % 10 == 0; }

}  // namespace

namespace {

std::vector<NumberWord> read_words(std::string_view text, Lang lang) {
  // Every number word starts with a lowercase ASCII letter: the scanner asks at digits and
  // capitals too, and those need no grammar.
  if (text.empty() || text[0] < 'a' || text[0] > 'z') return {};
  const bool en = lang == Lang::kEn;
  const auto sep = (en ? x3::lit("-and-") : x3::lit("-et-")) | x3::lit('-') | tables::ws;
  const auto and_sep = tables::ws >> (en ? x3::lit("and") : x3::lit("et")) >> tables::ws;
  std::vector<NumberWord> out;
  auto word = [&](size_t at, double* value) {
    auto first = text.begin() + static_cast<long>(at);
    if (!x3::parse(first, text.end(), words(en), *value)) return size_t{0};
    const size_t end = static_cast<size_t>(first - text.begin());
    return tables::word_ends(text, end) ? end : size_t{0};
  };
  double value = 0;
  size_t end = word(0, &value);
  if (end == 0) return out;
  out.push_back({value, 0, end, false});
  while (true) {
    auto first = text.begin() + static_cast<long>(end);
    bool after_and = x3::parse(first, text.end(), and_sep);
    bool spaced_dash = false;
    if (!after_and) {
      first = text.begin() + static_cast<long>(end);
      // "fifty - two": a hyphen set off by spaces, only between tens and units (English).
      spaced_dash = en && x3::parse(first, text.end(), x3::lit(" - "));
      if (!spaced_dash && !x3::parse(first, text.end(), sep)) break;
      after_and = text.substr(end, 4) == "-et-" || text.substr(end, 5) == "-and-";
    }
    const size_t start = static_cast<size_t>(first - text.begin());
    const size_t next = word(start, &value);
    if (next == 0) break;
    const double previous = out.back().value;
    if (spaced_dash && !(is_tens(previous) && value >= 1 && value <= 9)) break;
    // Below a hundred, English adds only a unit to a tens word ("twenty-one"): "three-nought-four"
    // is three digits, "twenty twenty" and "nineteen eighty" two numbers (French adds more:
    // "dix-sept", "soixante-dix").
    if (en && !after_and && previous >= 0 && previous < 100 && value >= 0 && value < 100 &&
        !(is_tens(previous) && value >= 1 && value <= 9))
      break;
    out.push_back({value, start, next, after_and});
    end = next;
  }
  return out;
}

}  // namespace

std::vector<NumberWord> read_number_words(std::string_view text, Lang lang) {
  return ParseMemo::words(text, lang, read_words);
}

double fold_number_words(const std::vector<NumberWord>& ws, size_t from, size_t to) {
  std::vector<double> values;
  for (size_t i = from; i < to && i < ws.size(); ++i) values.push_back(ws[i].value);
  return fold(values);
}

double number_word_scale(const NumberWord& w) { return w.value < kHundred ? -w.value : (w.value == kHundred ? 100 : 0); }

namespace {

// parse_number_words without the memo.
std::optional<ParsedValue> number_words(std::string_view text, Lang lang) {
  // Collectives and number words start with an ASCII letter (capitalized or not).
  if (text.empty() || !std::isalpha(static_cast<unsigned char>(text[0]))) return std::nullopt;
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
  const std::vector<NumberWord> ws = read_number_words(text, lang);
  if (ws.empty()) {
    // Capitalized at a sentence start: "Trois ans plus tard".
    if (text.empty() || !std::isupper(static_cast<unsigned char>(text[0]))) return std::nullopt;
    // On the stack: sentence starts are frequent and this copy is read once.
    char lowered[80];
    const size_t n = std::min(text.size(), sizeof lowered);
    std::copy_n(text.data(), n, lowered);
    lowered[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(lowered[0])));
    return parse_number_words(std::string_view(lowered, n), lang);
  }
  // A lone "un"/"une" is an article ("un rapport"); "un million" went on to the scale word.
  if (!en && ws.size() == 1 && ws[0].value == 1) return std::nullopt;
  out.length = ws.back().end;
  out.value.amount = fold_number_words(ws, 0, ws.size());
  size_t decimals_length = 0;
  const std::string decimals = decimals_after_point(text.substr(out.length), lang, &decimals_length);
  if (!decimals.empty()) {
    out.value.amount = std::strtod((std::to_string(static_cast<long long>(out.value.amount)) + "." + decimals).c_str(), nullptr);
    out.length += decimals_length;
  }
  return out;
}

}  // namespace

std::optional<ParsedValue> parse_number_words(std::string_view text, Lang lang) {
  return ParseMemo::number_words(text, lang, number_words);
}

}  // namespace checker
