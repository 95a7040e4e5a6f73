// Season grammar (Boost.Spirit X3): determiner, season word, then a year or dernier/prochain.
#include "checker/parse/season.h"

#include "checker/parse/tables.h"

namespace checker {
namespace {

namespace x3 = boost::spirit::x3;

const x3::symbols<int>& seasons(bool en) {
  static const x3::symbols<int> fr = [] {
    x3::symbols<int> s;
    for (auto [name, part] : {std::pair{"printemps", 1}, {"été", 2}, {"automne", 3}, {"hiver", 4}})
      tables::add_capitalized(s, name, part);
    s.add("Été", 2)("Eté", 2);
    return s;
  }();
  static const x3::symbols<int> english = [] {
    x3::symbols<int> s;
    for (auto [name, part] : {std::pair{"spring", 1}, {"summer", 2}, {"fall", 3}, {"autumn", 3}, {"winter", 4}})
      tables::add_capitalized(s, name, part);
    return s;
  }();
  return en ? english : fr;
}

enum class Which { kBare, kThe, kThis, kLast, kNext };

}  // namespace

std::optional<ParsedValue> parse_season(std::string_view text, Lang lang, const std::optional<PartialDate>& reference,
                                        bool after_in) {
  const bool en = lang == Lang::kEn;
  // The first byte of a determiner or a season word ("\xC3": été, Été); any other needs no grammar.
  const std::string_view first_bytes = en ? "tTlLnNsSfFaAwW" : "lLcCpP\xC3" "EaAhH";
  if (text.empty() || first_bytes.find(text[0]) == std::string_view::npos) return std::nullopt;
  Which which = Which::kBare;
  int part = 0, year = 0;
  auto set = [&](Which w) { return [&which, w](auto&) { which = w; }; };
  const auto year_p = x3::uint_parser<int, 10, 4, 4>()[([&](auto& ctx) { year = x3::_attr(ctx); })] >> !x3::digit;
  const auto ws = tables::ws;
  const auto season_en = tables::by_ref(seasons(true))[([&](auto& ctx) { part = x3::_attr(ctx); })];
  const auto season_fr = tables::by_ref(seasons(false))[([&](auto& ctx) { part = x3::_attr(ctx); })];
  auto first = text.begin();
  bool ok = false;
  if (en) {
    const auto det = (x3::lit("the ") | x3::lit("The "))[set(Which::kThe)] |
                     (x3::lit("this ") | x3::lit("This "))[set(Which::kThis)] |
                     (x3::lit("last ") | x3::lit("Last "))[set(Which::kLast)] |
                     (x3::lit("next ") | x3::lit("Next "))[set(Which::kNext)];
    ok = x3::parse(first, text.end(), -det >> season_en >> -(ws >> -(x3::lit("of") >> ws) >> year_p));
  } else {
    const auto det = (x3::lit("l'") | x3::lit("L'") | x3::lit("l\xE2\x80\x99") | x3::lit("L\xE2\x80\x99"))[set(Which::kThe)] |
                     (x3::lit("cet ") | x3::lit("Cet ") | x3::lit("ce ") | x3::lit("Ce "))[set(Which::kThis)];
    const auto rel = (ws >> x3::lit("dernier"))[set(Which::kLast)] | (ws >> x3::lit("prochain"))[set(Which::kNext)];
    ok = x3::parse(first, text.end(),
                   -det >> season_fr >> -((ws >> -((x3::lit("de") >> ws) | x3::lit("d'")) >> year_p) | rel));
  }
  if (!ok) return std::nullopt;
  const size_t length = static_cast<size_t>(first - text.begin());
  if (!tables::word_ends(text, length)) return std::nullopt;
  // "a été inauguré", "the fall of the wall": a season only with a year or a clear determiner.
  if (year == 0 && (which == Which::kBare ? !after_in : en && which == Which::kThe)) return std::nullopt;
  ParsedValue out;
  out.length = length;
  out.value.type = ValueType::kDate;
  out.value.date.precision = Precision::kSeason;
  out.value.date.part = part;
  out.value.resolved = year != 0 || reference.has_value();
  if (year == 0 && reference) {
    year = reference->year;
    const int first_month = part * 3, last_month = part * 3 + 2;
    if (which == Which::kLast && reference->month <= last_month) --year;   // the last one that ended
    if (which == Which::kNext && reference->month >= first_month) ++year;  // the next one to begin
  }
  out.value.date.year = year;
  return out;
}

}  // namespace checker
