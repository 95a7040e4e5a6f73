// Recurrence grammar (Boost.Spirit X3): a distributive word, then a unit of time or a weekday.
#include "checker/parse/recurrence.h"

#include <cctype>

#include "checker/parse/tables.h"

namespace checker {
namespace {

namespace x3 = boost::spirit::x3;

const char* const kWeekdays[] = {"XXXX-WXX-1", "XXXX-WXX-2", "XXXX-WXX-3", "XXXX-WXX-4",
                                 "XXXX-WXX-5", "XXXX-WXX-6", "XXXX-WXX-7"};

// Units after "chaque" (singular) and "tous les"/"toutes les" (plural).
const x3::symbols<std::string>& units(bool en, bool plural) {
  static const auto make = [](std::initializer_list<std::pair<const char*, const char*>> words) {
    x3::symbols<std::string> s;
    for (auto [w, timex] : words) s.add(w, timex);
    return s;
  };
  static const x3::symbols<std::string> fr_one = [&] {
    auto s = make({{"année", "P1Y"}, {"an", "P1Y"}, {"mois", "P1M"}, {"semaine", "P1W"}, {"jour", "P1D"},
                   {"semestre", "P6M"}, {"trimestre", "P3M"}, {"matin", "TMO"}, {"soir", "TEV"}, {"nuit", "TNI"}});
    const char* days[] = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"};
    for (int i = 0; i < 7; ++i) s.add(days[i], kWeekdays[i]);
    return s;
  }();
  static const x3::symbols<std::string> fr_many = [&] {
    auto s = make({{"années", "P1Y"}, {"ans", "P1Y"}, {"mois", "P1M"}, {"semaines", "P1W"}, {"jours", "P1D"},
                   {"matins", "TMO"}, {"soirs", "TEV"}, {"nuits", "TNI"}});
    const char* days[] = {"lundis", "mardis", "mercredis", "jeudis", "vendredis", "samedis", "dimanches"};
    for (int i = 0; i < 7; ++i) s.add(days[i], kWeekdays[i]);
    return s;
  }();
  static const x3::symbols<std::string> en_one = [&] {
    auto s = make({{"year", "P1Y"}, {"month", "P1M"}, {"week", "P1W"}, {"day", "P1D"}, {"morning", "TMO"},
                   {"evening", "TEV"}, {"night", "TNI"}});
    const char* days[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    for (int i = 0; i < 7; ++i) tables::add_capitalized(s, days[i], std::string(kWeekdays[i]));
    return s;
  }();
  return en ? en_one : plural ? fr_many : fr_one;
}

// "par an", "per year": only the unit is the TIMEX3.
const x3::symbols<std::string>& rate_units(bool en) {
  static const x3::symbols<std::string> fr({{"an", "P1Y"}, {"année", "P1Y"}, {"mois", "P1M"}, {"semaine", "P1W"},
                                            {"jour", "P1D"}, {"semestre", "P6M"}, {"trimestre", "P3M"}});
  static const x3::symbols<std::string> english({{"year", "P1Y"}, {"annum", "P1Y"}, {"month", "P1M"},
                                                 {"week", "P1W"}, {"day", "P1D"}});
  return en ? english : fr;
}

// Adjectives and adverbs that are recurrences by themselves.
const x3::symbols<std::string>& adjectives(bool en) {
  static const x3::symbols<std::string> fr = [] {
    x3::symbols<std::string> s;
    for (auto w : {"annuel", "annuelle", "annuels", "annuelles", "annuellement"}) s.add(w, "P1Y");
    for (auto w : {"mensuel", "mensuelle", "mensuels", "mensuelles", "mensuellement"}) s.add(w, "P1M");
    for (auto w : {"hebdomadaire", "hebdomadaires", "hebdomadairement"}) s.add(w, "P1W");
    return s;
  }();
  static const x3::symbols<std::string> english = [] {
    x3::symbols<std::string> s;
    for (auto w : {"annual", "annually", "yearly"}) s.add(w, "P1Y");
    for (auto w : {"monthly"}) s.add(w, "P1M");
    for (auto w : {"weekly"}) s.add(w, "P1W");
    for (auto w : {"daily"}) s.add(w, "P1D");
    return s;
  }();
  return en ? english : fr;
}

}  // namespace

std::optional<ParsedRecurrence> parse_recurrence(std::string_view text, Lang lang) {
  // Every form starts with an ASCII letter: digits need no table.
  if (text.empty() || !std::isalpha(static_cast<unsigned char>(text[0]))) return std::nullopt;
  const bool en = lang == Lang::kEn;
  const auto ends = [&](auto first) { return tables::word_ends(text, static_cast<size_t>(first - text.begin()), true); };
  ParsedRecurrence r;
  auto first = text.begin();
  static const x3::symbols<bool> kFr({{"chaque", false}, {"Chaque", false}, {"tous les", true}, {"Tous les", true},
                                      {"toutes les", true}, {"Toutes les", true}});
  static const x3::symbols<bool> kEn({{"every", false}, {"Every", false}, {"each", false}, {"Each", false}});
  bool plural = false;
  if (x3::parse(first, text.end(), tables::by_ref(en ? kEn : kFr) >> tables::ws, plural)) {
    if (x3::parse(first, text.end(), units(en, plural), r.timex) && ends(first)) {
      // A part of the day recurs every day at that time.
      if (r.timex[0] == 'T') r.timex = "XXXX-XX-XX" + r.timex;
      r.length = static_cast<size_t>(first - text.begin());
      return r;
    }
    return std::nullopt;
  }
  first = text.begin();
  if (x3::parse(first, text.end(), (en ? x3::lit("per") : x3::lit("par")) >> tables::ws)) {
    r.start = static_cast<size_t>(first - text.begin());
    if (x3::parse(first, text.end(), rate_units(en), r.timex) && ends(first)) {
      r.length = static_cast<size_t>(first - text.begin()) - r.start;
      return r;
    }
    return std::nullopt;
  }
  first = text.begin();
  if (x3::parse(first, text.end(), adjectives(en), r.timex) && ends(first)) {
    r.length = static_cast<size_t>(first - text.begin());
    return r;
  }
  return std::nullopt;
}

}  // namespace checker
