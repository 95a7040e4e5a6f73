// Duration grammar (Boost.Spirit X3): count, then a unit word that must end the word.
#include "checker/parse/duration.h"

#include <cctype>
#include <cstdlib>

#include <fmt/format.h>

#include "checker/parse/number.h"
#include "checker/parse/number_words.h"
#include "checker/parse/tables.h"

namespace checker {
namespace {

namespace x3 = boost::spirit::x3;

// TIMEX3 unit letter; time units (hours and below) sit after the "T".
struct TimeUnit {
  char letter = 'Y';
  bool time = false;
  double factor = 1;  // "siècles" are hundreds of years, "décennies" tens
};

const x3::symbols<TimeUnit>& time_units(bool en) {
  static const x3::symbols<TimeUnit> fr = [] {
    x3::symbols<TimeUnit> s;
    for (auto w : {"ans", "an", "années", "année", "annees", "annee"}) s.add(w, TimeUnit{'Y', false});
    for (auto w : {"siècles", "siècle"}) s.add(w, TimeUnit{'Y', false, 100});
    for (auto w : {"décennies", "décennie"}) s.add(w, TimeUnit{'Y', false, 10});
    s.add("mois", TimeUnit{'M', false});
    for (auto w : {"semaines", "semaine"}) s.add(w, TimeUnit{'W', false});
    for (auto w : {"jours", "jour", "journées", "journée"}) s.add(w, TimeUnit{'D', false});
    for (auto w : {"heures", "heure"}) s.add(w, TimeUnit{'H', true});
    for (auto w : {"minutes", "minute", "min"}) s.add(w, TimeUnit{'M', true});
    for (auto w : {"secondes", "seconde"}) s.add(w, TimeUnit{'S', true});
    return s;
  }();
  static const x3::symbols<TimeUnit> english = [] {
    x3::symbols<TimeUnit> s;
    for (auto w : {"years", "year"}) s.add(w, TimeUnit{'Y', false});
    for (auto w : {"centuries", "century"}) s.add(w, TimeUnit{'Y', false, 100});
    for (auto w : {"decades", "decade"}) s.add(w, TimeUnit{'Y', false, 10});
    for (auto w : {"months", "month"}) s.add(w, TimeUnit{'M', false});
    for (auto w : {"weeks", "week"}) s.add(w, TimeUnit{'W', false});
    for (auto w : {"days", "day"}) s.add(w, TimeUnit{'D', false});
    for (auto w : {"hours", "hour", "hrs", "hr"}) s.add(w, TimeUnit{'H', true});
    for (auto w : {"minutes", "minute", "mins", "min"}) s.add(w, TimeUnit{'M', true});
    for (auto w : {"seconds", "second", "secs", "sec"}) s.add(w, TimeUnit{'S', true});
    return s;
  }();
  return en ? english : fr;
}


// Periods with a name of their own: "un demi-siècle", "un quart de siècle", "le quinquennat".
std::optional<ParsedDuration> named_period(std::string_view text, Lang lang) {
  static const x3::symbols<const char*> kFr = [] {
    x3::symbols<const char*> s;
    for (auto [w, timex] : {std::pair{"un demi-siècle", "P50Y"}, {"un quart de siècle", "P25Y"}, {"quinquennat", "P5Y"},
                            {"septennat", "P7Y"}, {"un semestre", "P6M"}, {"un trimestre", "P3M"}})
      tables::add_capitalized(s, w, timex);
    return s;
  }();
  static const x3::symbols<const char*> kEn = [] {
    x3::symbols<const char*> s;
    for (auto [w, timex] : {std::pair{"half a century", "P50Y"}, {"a quarter century", "P25Y"},
                            {"a quarter of a century", "P25Y"}, {"half a year", "P6M"}})
      tables::add_capitalized(s, w, timex);
    return s;
  }();
  auto first = text.begin();
  const char* timex = nullptr;
  if (!x3::parse(first, text.end(), lang == Lang::kEn ? kEn : kFr, timex)) return std::nullopt;
  const size_t end = static_cast<size_t>(first - text.begin());
  if (!tables::word_ends(text, end, true)) return std::nullopt;
  ParsedDuration d;
  d.length = end;
  d.timex = timex;
  d.count = std::strtod(timex + 1, nullptr);
  return d;
}

// "la deuxième journée", "sa première année": one period named by its rank, which TimeML reads
// as a length of one unit.
std::optional<ParsedDuration> ranked_period(std::string_view text) {
  static const x3::symbols<int> kDeterminers = [] {
    x3::symbols<int> s;
    for (auto w : {"la", "le", "sa", "son", "leur"}) tables::add_capitalized(s, w, 0);
    return s;
  }();
  static const x3::symbols<int> kRanks({{"premier", 1}, {"première", 1}, {"second", 2}, {"seconde", 2},
                                        {"deuxième", 2}, {"troisième", 3}, {"quatrième", 4}, {"cinquième", 5},
                                        {"sixième", 6}, {"septième", 7}, {"huitième", 8}, {"neuvième", 9},
                                        {"dixième", 10}});
  // Every determiner starts with l, L, s or S: the other triggers need no grammar.
  if (text.empty() || (text[0] != 'l' && text[0] != 'L' && text[0] != 's' && text[0] != 'S')) return std::nullopt;
  auto first = text.begin();
  TimeUnit unit;
  if (!x3::parse(first, text.end(),
                 x3::omit[tables::by_ref(kDeterminers)] >> tables::ws >> x3::omit[tables::by_ref(kRanks)] >> tables::ws) ||
      !x3::parse(first, text.end(), time_units(false), unit))
    return std::nullopt;
  const size_t end = static_cast<size_t>(first - text.begin());
  if (!tables::word_ends(text, end, true) || unit.factor != 1) return std::nullopt;
  ParsedDuration d;
  d.length = end;
  d.count = 1;
  d.timex = fmt::format("P{}1{}", unit.time ? "T" : "", unit.letter);
  return d;
}

}  // namespace

std::optional<ParsedDuration> parse_duration(std::string_view text, Lang lang) {
  const bool en = lang == Lang::kEn;
  if (!text.empty() && text[0] == 'P') {
    // ISO 8601 as written: P3Y, P18M, PT30S.
    const auto iso = x3::lit('P') >> +(x3::digit >> x3::char_("YMWD")) >> -(x3::lit('T') >> +(x3::digit >> x3::char_("HMS")));
    auto first = text.begin();
    if (x3::parse(first, text.end(), x3::raw[iso]) && tables::word_ends(text, static_cast<size_t>(first - text.begin()), true)) {
      ParsedDuration d;
      d.length = static_cast<size_t>(first - text.begin());
      d.timex = std::string(text.substr(0, d.length));
      return d;
    }
  }
  if (auto named = named_period(text, lang)) return named;
  if (!en)
    if (auto ranked = ranked_period(text)) return ranked;
  // "plusieurs jours", "quelques années", "ces derniers jours", "several years": a vague count.
  {
    static const x3::symbols<int> kVagueFr = [] {
      x3::symbols<int> v;
      for (auto w : {"plusieurs", "quelques", "des", "ces derniers", "ces dernières", "ces dernieres", "de nombreux",
                     "de nombreuses"})
        tables::add_capitalized(v, w, 0);
      return v;
    }();
    static const x3::symbols<int> kVagueEn = [] {
      x3::symbols<int> v;
      for (auto w : {"several", "a few", "few", "many"})
        tables::add_capitalized(v, w, 0);
      return v;
    }();
    auto first = text.begin();
    TimeUnit unit;
    int unused = 0;
    if (x3::parse(first, text.end(), tables::by_ref(en ? kVagueEn : kVagueFr) >> tables::ws, unused) &&
        x3::parse(first, text.end(), time_units(en), unit) &&
        tables::word_ends(text, static_cast<size_t>(first - text.begin()), true)) {
      ParsedDuration d;
      d.length = static_cast<size_t>(first - text.begin());
      d.count = 0;
      d.timex = fmt::format("P{}X{}", unit.time ? "T" : "", unit.letter);
      return d;
    }
  }
  std::optional<ParsedValue> n = parse_number(text, lang);
  if (!n) n = parse_number_words(text, lang);
  bool article = false;
  if (!n) {
    article = true;
    // "un an", "une semaine": the article is the count here.
    static const x3::symbols<int> kArticlesFr({{"un", 1}, {"une", 1}, {"Un", 1}, {"Une", 1}});
    static const x3::symbols<int> kArticlesEn({{"a", 1}, {"an", 1}, {"A", 1}, {"An", 1}});
    auto first = text.begin();
    if (!x3::parse(first, text.end(), tables::by_ref(en ? kArticlesEn : kArticlesFr) >> &tables::ws)) return std::nullopt;
    n = ParsedValue{};
    n->length = static_cast<size_t>(first - text.begin());
    n->value.amount = 1;
  }
  auto first = text.begin() + static_cast<long>(n->length);
  TimeUnit unit;
  if (!x3::parse(first, text.end(), tables::ws >> tables::by_ref(time_units(en)), unit)) return std::nullopt;
  const size_t end = static_cast<size_t>(first - text.begin());
  if (!tables::word_ends(text, end, true)) return std::nullopt;
  // "une seconde fois" is a second time and "un jour" is someday: with an article these
  // units are too often not lengths of time.
  if (article && !en && (unit.letter == 'S' || unit.letter == 'D')) return std::nullopt;
  ParsedDuration d;
  d.length = end;
  d.count = n->value.amount * unit.factor;
  d.timex = fmt::format("P{}{:g}{}", unit.time ? "T" : "", d.count, unit.letter);
  return d;
}

}  // namespace checker
