// Clock-time and part-of-day grammars (Boost.Spirit X3).
#include "checker/parse/time_of_day.h"

#include <cctype>

#include <fmt/format.h>

#include "checker/parse/tables.h"

namespace checker {
namespace {

namespace x3 = boost::spirit::x3;


}  // namespace

std::optional<ParsedTime> parse_clock(std::string_view text, Lang lang, bool after_at) {
  // Every form starts with the hour in digits (an unsigned parser: no sign either).
  if (text.empty() || !std::isdigit(static_cast<unsigned char>(text[0]))) return std::nullopt;
  int hour = -1, minute = 0;
  bool pm = false, am = false;
  auto set_hour = [&](auto& ctx) { hour = x3::_attr(ctx); };
  auto set_minute = [&](auto& ctx) { minute = x3::_attr(ctx); };
  const auto h2 = x3::uint_parser<int, 10, 1, 2>();
  const auto m2 = x3::uint_parser<int, 10, 2, 2>();
  const auto colon = h2[set_hour] >> ':' >> m2[set_minute] >> !x3::digit;
  auto first = text.begin();
  bool ok = false;
  if (lang == Lang::kEn) {
    const auto meridian = (x3::lit("pm") | x3::lit("p.m."))[([&](auto&) { pm = true; })] |
                          (x3::lit("am") | x3::lit("a.m."))[([&](auto&) { am = true; })];
    ok = x3::parse(first, text.end(), (colon | h2[set_hour]) >> -tables::ws >> meridian) ||
         (hour = -1, minute = 0, first = text.begin(), x3::parse(first, text.end(), colon));
  } else {
    const auto french = h2[set_hour] >> -tables::ws >> x3::lit('h') >> !x3::alpha >>
                        -(-tables::ws >> m2[set_minute] >> !x3::digit);
    const auto words = h2[set_hour] >> tables::ws >> (x3::lit("heures") | x3::lit("heure")) >> !x3::alpha >>
                       -(tables::ws >> m2[set_minute] >> !x3::digit);
    ok = x3::parse(first, text.end(), colon | french) ||
         (after_at && (hour = -1, minute = 0, first = text.begin(), x3::parse(first, text.end(), words)));
  }
  const size_t end = static_cast<size_t>(first - text.begin());
  // "h" followed by a letter is a word ("hélicoptères"), not an hour.
  if (!ok || !tables::word_ends(text, end) || hour < 0 || hour > 24 || minute > 59) return std::nullopt;
  if (pm && hour < 12) hour += 12;
  if (am && hour == 12) hour = 0;
  return ParsedTime{end, fmt::format("T{:02}:{:02}", hour, minute)};
}

std::optional<ParsedTime> parse_day_part(std::string_view text, Lang lang) {
  static const x3::symbols<std::string> fr = [] {
    x3::symbols<std::string> s({{"matin", "TMO"}, {"matinée", "TMO"}, {"après-midi", "TAF"},
                                {"soir", "TEV"}, {"soirée", "TEV"}, {"nuit", "TNI"}});
    // "hier en début d'après-midi"
    for (auto [w, part] : {std::pair{"en début d'après-midi", "TAF"}, {"en fin d'après-midi", "TAF"},
                           {"en début de matinée", "TMO"}, {"en fin de matinée", "TMO"},
                           {"en début de soirée", "TEV"}, {"en fin de soirée", "TEV"}}) {
      s.add(w, part);
      std::string curly = w;
      if (const size_t at = curly.find('\''); at != std::string::npos) s.add(curly.replace(at, 1, "\xE2\x80\x99"), part);
    }
    return s;
  }();
  static const x3::symbols<std::string> en({{"morning", "TMO"}, {"afternoon", "TAF"}, {"evening", "TEV"},
                                            {"night", "TNI"}});
  auto first = text.begin();
  std::string part;
  if (!x3::parse(first, text.end(), tables::ws >> (lang == Lang::kEn ? en : fr), part)) return std::nullopt;
  const size_t end = static_cast<size_t>(first - text.begin());
  if (!tables::word_ends(text, end)) return std::nullopt;
  return ParsedTime{end, part};
}

std::optional<ParsedTime> parse_this_day_part(std::string_view text, Lang lang) {
  static const x3::symbols<std::string> fr({{"ce soir", "TEV"}, {"ce matin", "TMO"}, {"cette nuit", "TNI"},
                                            {"cet après-midi", "TAF"}, {"Ce soir", "TEV"}, {"Ce matin", "TMO"},
                                            {"Cette nuit", "TNI"}, {"Cet après-midi", "TAF"},
                                            // The part of the day last named ("la nuit", "dans la soirée").
                                            {"la nuit", "TNI"}, {"la soirée", "TEV"}, {"la matinée", "TMO"},
                                            {"La nuit", "TNI"}, {"La soirée", "TEV"}, {"La matinée", "TMO"},
                                            {"midi", "T12:00"}, {"minuit", "T24:00"}});
  static const x3::symbols<std::string> fr_edges = [] {  // "en fin d'après-midi": TimeML leaves out "en"
    x3::symbols<std::string> s;
    for (auto [w, part] : {std::pair{"début d'après-midi", "TAF"}, {"fin d'après-midi", "TAF"},
                           {"début de matinée", "TMO"}, {"fin de matinée", "TMO"}, {"début de soirée", "TEV"},
                           {"fin de soirée", "TEV"}}) {
      tables::add_capitalized(s, std::string(w), std::string(part));
      std::string curly = w;
      if (const size_t at = curly.find('\''); at != std::string::npos)
        tables::add_capitalized(s, curly.replace(at, 1, "\xE2\x80\x99"), std::string(part));
    }
    return s;
  }();
  static const x3::symbols<std::string> en({{"tonight", "TNI"}, {"this morning", "TMO"}, {"this afternoon", "TAF"},
                                            {"this evening", "TEV"}, {"Tonight", "TNI"}, {"This morning", "TMO"},
                                            {"This afternoon", "TAF"}, {"This evening", "TEV"}});
  auto first = text.begin();
  std::string part;
  const bool ok = lang == Lang::kEn ? x3::parse(first, text.end(), en, part)
                                    : x3::parse(first, text.end(), fr_edges, part) ||
                                          (first = text.begin(), x3::parse(first, text.end(), fr, part));
  if (!ok) return std::nullopt;
  const size_t end = static_cast<size_t>(first - text.begin());
  if (!tables::word_ends(text, end)) return std::nullopt;
  return ParsedTime{end, part};
}

std::optional<ParsedTime> parse_present(std::string_view text, Lang lang) {
  static const x3::symbols<std::string> fr = [] {
    x3::symbols<std::string> s;
    for (auto w : {"maintenant", "désormais", "actuellement", "à présent", "actuel", "actuelle", "actuels", "actuelles",
                   "pour l'instant", "pour l’instant", "aujourd'hui encore", "pour le moment"})
      tables::add_capitalized(s, std::string(w), std::string("PRESENT_REF"));
    // Adjectives that place a thing in time: "le prochain mariage", "le recensement précédent".
    for (auto w : {"prochain", "prochaine", "prochains", "prochaines"})
      tables::add_capitalized(s, std::string(w), std::string("FUTURE_REF"));
    for (auto w : {"précédent", "précédente", "précédents", "précédentes", "nouvellement"})
      tables::add_capitalized(s, std::string(w), std::string("PAST_REF"));
    // "une virée nocturne": a night, of no day in particular.
    for (auto w : {"nocturne", "nocturnes"}) s.add(w, std::string("TNI"));
    s.add("À présent", "PRESENT_REF");
    for (auto w : {"l'avenir", "l’avenir", "à l'avenir", "à l’avenir"}) tables::add_capitalized(s, std::string(w), std::string("FUTURE_REF"));
    for (auto w : {"auparavant", "autrefois", "jadis", "naguère"}) tables::add_capitalized(s, std::string(w), std::string("PAST_REF"));
    return s;
  }();
  static const x3::symbols<std::string> en = [] {
    x3::symbols<std::string> s;
    for (auto w : {"now", "currently", "nowadays", "at present", "for now", "for the time being"})
      tables::add_capitalized(s, std::string(w), std::string("PRESENT_REF"));
    for (auto w : {"in the future"}) tables::add_capitalized(s, std::string(w), std::string("FUTURE_REF"));
    for (auto w : {"previously", "formerly", "in the past"}) tables::add_capitalized(s, std::string(w), std::string("PAST_REF"));
    return s;
  }();
  auto first = text.begin();
  std::string ref;
  if (!x3::parse(first, text.end(), lang == Lang::kEn ? en : fr, ref)) return std::nullopt;
  const size_t end = static_cast<size_t>(first - text.begin());
  if (!tables::word_ends(text, end)) return std::nullopt;
  return ParsedTime{end, ref};
}

}  // namespace checker
