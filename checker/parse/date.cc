// Date grammars (Boost.Spirit X3): day-month-year in words, month-year, numeric forms,
// quarters and halves, and START/MID/END modifiers; relative forms anchored to a reference.
#include "checker/parse/date.h"

#include <cctype>
#include <cstdlib>

#include "checker/parse/tables.h"

namespace checker {
namespace {

namespace x3 = boost::spirit::x3;

struct Raw {
  int day = 0;
  int month = 0;
  int year = 0;
  int part = 0;                // quarter or half
  Precision precision = Precision::kYear;
  int relative = 0;            // -1 "dernier"/"last", +1 "prochain"/"next", 2 "this"
  bool relative_year = false;  // a half or quarter of the year before, after or of the reference
  std::string mod;
};

bool valid(const Raw& r) {
  if (r.year != 0 && (r.year < 1000 || r.year > 2999)) return false;
  if (r.month != 0 && (r.month < 1 || r.month > 12)) return false;
  // A day needs its month, and a day-precise date a day: "0/11/2025" is no date (found by
  // fuzzing: month 0 reached days_in_month).
  if (r.precision == Precision::kDay && (r.month == 0 || r.day == 0)) return false;
  if (r.day != 0 && r.month == 0) return false;
  if (r.day != 0) {
    const int y = r.year != 0 ? r.year : 2000;  // leap year: 29 February stays possible
    if (r.day < 1 || r.day > days_in_month(y, r.month)) return false;
  }
  return true;
}

// Anchors a day-and-month (or month) without a year to the reference date.
void resolve(Raw* r, const std::optional<PartialDate>& reference, bool* resolved) {
  if (r->year != 0) return;
  if (!reference) {
    *resolved = false;
    return;
  }
  const int day = r->day != 0 ? r->day : 1;
  const long ref_first = reference->first_day();
  const long ref_last = reference->last_day();
  int year = reference->year;
  if (r->relative == 2) {
    // "this September": the reference's own year.
  } else if (r->relative < 0) {
    // The latest such date strictly before the reference period.
    while (days_from_civil(year, r->month, day) >= ref_first) --year;
  } else if (r->relative > 0) {
    while (days_from_civil(year, r->month, day) <= ref_last) ++year;
  } else {
    // The nearest such date: "le 30 juin" in a text of May is this June, "le 27 novembre"
    // in a text of February is last November. News leans to the past, so a tie goes back.
    const long mid = (ref_first + ref_last) / 2;
    const long here = days_from_civil(year, r->month, day);
    if (here - mid > 182) --year;
    else if (mid - here > 183) ++year;
  }
  r->year = year;
}

template <typename Grammar>
bool try_parse(std::string_view text, const Grammar& g, size_t* length) {
  auto first = text.begin();
  if (!x3::parse(first, text.end(), g)) return false;
  *length = static_cast<size_t>(first - text.begin());
  return true;
}

// Whether one of the grammars below can start with byte `c`: a digit, the first letter of a
// month (either case), or of a modifier, half or quarter ("fin", "début", "mi", "premier",
// "second", "troisième", "quatrième", "dernier", "T", "Q", "S"; "early", "late", "end of", "last",
// "next", "this", "first", "third", "fourth", "final", "Q", "H").
// Most places the scanner asks ("un", "environ", "à") are turned away before any grammar is built.
bool may_start_date(unsigned char c, bool en) {
  static constexpr std::string_view kFr = "jJfFmMaAsSoOnNdDpPTQqt";
  static constexpr std::string_view kEn = "jJfFmMaAsSoOnNdDeElLtTQHfF";
  if (c >= '0' && c <= '9') return true;
  return (en ? kEn : kFr).find(static_cast<char>(c)) != std::string_view::npos;
}

// Whether `text` starts with what a grammar below starts with when not with a digit: a month,
// or a word of the modifiers, halves, quarters and relative forms. "des", "dans", "au" and "par"
// (most of the places the scanner asks) start with a letter a month starts with, and need no
// grammar either.
bool starts_with_date_word(std::string_view text, bool en) {
  static constexpr std::string_view kFr[] = {"fin", "Fin", "début", "Début", "mi", "Mi", "premier", "Premier",
                                             "second", "Second", "deuxième", "Deuxième", "troisième", "Troisième",
                                             "quatrième", "Quatrième", "dernier", "Dernier"};
  static constexpr std::string_view kEn[] = {"early", "Early", "mid", "Mid", "late", "Late", "end of", "End of",
                                             "last", "Last", "next", "this", "This", "first", "First", "second",
                                             "Second", "third", "Third", "fourth", "Fourth", "final", "Final"};
  // "T3 2024", "S2 2026", "Q1 2025", "H1 2026": a capital and a digit ("Selon", "Quand" are no date).
  const std::string_view letters = en ? "QH" : "TQS";
  if (text.size() > 1 && letters.find(text[0]) != std::string_view::npos &&
      std::isdigit(static_cast<unsigned char>(text[1])))
    return true;
  const auto starts = [&](const auto& words) {
    for (std::string_view w : words)
      if (text.substr(0, w.size()) == w) return true;
    return false;
  };
  if (en ? starts(kEn) : starts(kFr)) return true;
  auto first = text.begin();
  return x3::parse(first, text.end(), tables::by_ref(tables::months(en)));
}

}  // namespace

std::optional<ParsedValue> parse_date(std::string_view text, Lang lang,
                                      const std::optional<PartialDate>& reference) {
  const bool en = lang == Lang::kEn;
  if (text.empty() || !may_start_date(static_cast<unsigned char>(text[0]), en)) return std::nullopt;
  // In digits, every form starts with a day or month of one or two digits (uint_parser<1, 2>
  // reads no more) or an ISO year and its dash: "2024 est", "150 km" need no grammar.
  if (size_t k = 0; std::isdigit(static_cast<unsigned char>(text[0]))) {
    while (k < text.size() && std::isdigit(static_cast<unsigned char>(text[k]))) ++k;
    if (k > 2 && !(k == 4 && k < text.size() && text[k] == '-')) return std::nullopt;
  } else if (!starts_with_date_word(text, en)) {
    return std::nullopt;
  }
  Raw r;
  auto set_day = [&](auto& ctx) { r.day = x3::_attr(ctx); };
  auto set_month = [&](auto& ctx) { r.month = x3::_attr(ctx); };
  auto set_year = [&](auto& ctx) { r.year = x3::_attr(ctx); };
  auto set_part = [&](auto& ctx) { r.part = x3::_attr(ctx); };
  auto last = [&](auto&) { r.relative = -1; };
  auto next = [&](auto&) { r.relative = 1; };
  auto mod = [&](const char* m) { return [&r, m](auto&) { r.mod = m; }; };
  auto part = [&](int n) { return [&r, n](auto&) { r.part = n; }; };
  auto this_part = [&](auto&) { r.relative = 2; };  // a half or quarter without its year: the nearest
  auto year_offset = [&](int n) { return [&r, n](auto&) { r.relative = n; r.relative_year = true; }; };

  const auto ws = tables::ws;
  const auto d2 = x3::uint_parser<int, 10, 1, 2>();
  const auto y4 = x3::uint_parser<int, 10, 4, 4>();
  const auto end_num = !x3::digit;
  const auto month = tables::by_ref(tables::months(en))[set_month];
  const auto day = d2[set_day] >> -(x3::lit("er") | x3::lit("st") | x3::lit("nd") |
                                    x3::lit("rd") | x3::lit("th"));
  // A footnote marker may be glued to the year: "septembre 201962(*)" is September 2019, note 62.
  const auto year = y4[set_year] >> (end_num | &(x3::repeat(1, 3)[x3::digit] >> x3::lit("(*)")));
  // "juillet 98," : a two-digit year only before punctuation or the end, so that "mai 25
  // personnes" stays a month and a count.
  auto set_short_year = [&](auto& ctx) { r.year = x3::_attr(ctx) < 50 ? 2000 + x3::_attr(ctx) : 1900 + x3::_attr(ctx); };
  const auto short_year = x3::uint_parser<int, 10, 2, 2>()[set_short_year] >> end_num >>
                          (&x3::char_(",.;:)!?") | x3::eoi);
  const auto rel = x3::lit(en ? "last" : "dernier")[last] | x3::lit(en ? "next" : "prochain")[next];
  // "mars-avril 2022": the first month is a mention of its own, in the year that ends the pair.
  size_t first_length = 0;
  auto first_part = [&](auto& ctx) { first_length = static_cast<size_t>(x3::_attr(ctx).size()); };
  const auto dash = x3::lit('-') | x3::lit("\xE2\x80\x93") | (ws >> x3::lit(en ? "to" : "à") >> ws) |
                    (ws >> x3::lit(en ? "and" : "et") >> ws);
  // "mai et juin derniers", "les 6 et 13 avril prochains": the direction is in the plural.
  const auto rel_fr = rel >> -x3::lit('s');

  size_t length = 0;
  bool matched = false;
  if (!en) {
    const auto modifier = (x3::lit("fin") >> -x3::lit(" de"))[mod("END")] |
                          (x3::lit("début") >> -x3::lit(" de"))[mod("START")] |
                          (x3::lit("Fin") >> -x3::lit(" de"))[mod("END")] |
                          (x3::lit("Début") >> -x3::lit(" de"))[mod("START")] |
                          x3::lit("mi")[mod("MID")] | x3::lit("Mi")[mod("MID")];
    // "premier", "1er", "T1": which half or quarter; the last ones only in quarters.
    const auto first_second = (x3::lit("premier") | x3::lit("Premier") | x3::lit("1er"))[part(1)] |
                              (x3::lit("second") | x3::lit("Second") | x3::lit("deuxième") | x3::lit("Deuxième") |
                               x3::lit("2e") | x3::lit("2ème"))[part(2)];
    const auto nth = first_second | (x3::lit("troisième") | x3::lit("Troisième") | x3::lit("3e") | x3::lit("3ème"))[part(3)] |
                     (x3::lit("quatrième") | x3::lit("Quatrième") | x3::lit("4e") | x3::lit("4ème"))[part(4)];
    // "de 2025" or "2025"; without a year, the nearest ("au troisième trimestre"), unless words
    // name another ("le premier trimestre de l'année prochaine", "… l'an prochain", "… de l'exercice").
    // "… de l'an prochain", "… de l'année dernière", "… de cette année": the reference's year, or the
    // one after or before it.
    const auto apostrophe = x3::lit('\'') | x3::lit("\xE2\x80\x99");
    const auto rel_year = ws >> -(x3::lit("de") >> ws) >>
                          ((x3::lit('l') >> apostrophe >> (x3::lit("année") | x3::lit("an")) >> ws >>
                            ((x3::lit("dernière") | x3::lit("dernier") | x3::lit("passée"))[year_offset(-1)] |
                             (x3::lit("prochaine") | x3::lit("prochain"))[year_offset(1)])) |
                           x3::lit("cette année")[year_offset(0)]) >>
                          !x3::alpha;
    const auto of_year = (ws >> -(x3::lit("de") >> ws) >> year) | rel_year |
                         (!(ws >> (x3::digit | x3::lit("de ") | x3::lit("du ") | x3::lit("d'") | x3::lit("d\xE2\x80\x99") |
                                   x3::lit("l'an") | x3::lit("l\xE2\x80\x99" "an") | x3::lit("prochain") | x3::lit("dernier") |
                                   x3::lit("suivant") | x3::lit("précédent"))) >>
                          x3::eps[this_part]);
    // "le dernier trimestre 2024" is its fourth; "le dernier trimestre" alone is the one before:
    // a year is needed then.
    const auto last_of = (x3::lit("dernier") | x3::lit("Dernier"))[part(4)] >> ws >> x3::lit("trimestre") >>
                         ((ws >> -(x3::lit("de") >> ws) >> year) | rel_year);
    const auto g_day = day >> ws >> month >> ((ws >> year) | (ws >> short_year) | (ws >> rel_fr) | x3::eps) >> !x3::alpha;
    // "du 19 au 23 juillet", "les 6 et 13 avril": the first day is a mention of its own, in the
    // month (and year) that ends the pair.
    const auto g_day_pair = x3::raw[day][first_part] >> ((ws >> (x3::lit("au") | x3::lit("et") | x3::lit("à")) >> ws) | x3::lit('-')) >>
                            x3::omit[d2] >> ws >> month >> ((ws >> year) | (ws >> short_year) | (ws >> rel_fr) | x3::eps) >>
                            !x3::alpha;
    const auto g_month = month >> ws >> -(x3::lit("de") >> ws) >> (year | short_year);
    const auto g_month_rel = month >> ws >> rel_fr >> !x3::alpha;  // "juin prochain"
    // A month alone, in lower case ("Mars" may be the planet): the nearest such month. Not when
    // "de …" names its year in words ("mai de la même année"): that year is not the reference's.
    const auto g_bare_month = &x3::lower >> month >> !x3::alpha >> !(x3::lit('-') >> x3::alpha) >>
                              !(ws >> (x3::lit("de ") | x3::lit("d'") | x3::lit("d\xE2\x80\x99")));
    // Without a year ("de mars-avril,") the first month is the nearest one, as a month alone.
    const auto g_month_pair = &x3::lower >> x3::raw[month][first_part] >> dash >> x3::omit[tables::by_ref(tables::months(en))] >>
                              !x3::alpha >> -(ws >> (year | rel_fr >> !x3::alpha));
    const auto g_numeric = d2[set_day] >> '/' >> d2[set_month] >> '/' >> year;
    const auto g_iso = y4[set_year] >> '-' >> x3::uint_parser<int, 10, 2, 2>()[set_month] >> '-' >>
                       x3::uint_parser<int, 10, 2, 2>()[set_day] >> end_num;
    // "fin de l'année", "début de l'année prochaine": this year, or the next or last one.
    auto this_year = [&](auto&) { r.relative = 2; };
    const auto the_year = (x3::lit("l'année") | x3::lit("l\xE2\x80\x99" "année") | x3::lit("l'an") | x3::lit("l\xE2\x80\x99" "an"))[this_year] >>
                          -(ws >> ((x3::lit("dernière") | x3::lit("passée"))[last] | x3::lit("prochaine")[next]));
    // "début octobre": a month without its year, the nearest one.
    const auto bare = month >> !x3::alpha >> !(ws >> x3::digit);
    const auto g_mod = modifier >> (x3::lit('-') | ws) >> (g_month | year | the_year | bare);
    // "dernier semestre" without a year is the one before, not a half: a year is needed then.
    const auto g_half = (first_second >> ws >> x3::lit("semestre") >> !x3::alpha >> !x3::lit('-') >> of_year) |
                        (x3::lit("dernier") >> ws >> x3::lit("semestre") >> ((ws >> -(x3::lit("de") >> ws) >> year) | rel_year))[part(2)] |
                        (x3::lit('S') >> x3::uint_parser<int, 10, 1, 1>()[set_part] >> ((ws >> year) | rel_year));
    const auto g_quarter = (nth >> ws >> x3::lit("trimestre") >> !x3::alpha >> !x3::lit('-') >> of_year) | last_of |
                           ((x3::lit('T') | x3::lit('Q')) >> x3::uint_parser<int, 10, 1, 1>()[set_part] >> ((ws >> year) | rel_year));
    if (try_parse(text, g_iso, &length)) { r.precision = Precision::kDay; matched = true; }
    else if ((r = Raw{}, try_parse(text, g_numeric, &length))) { r.precision = Precision::kDay; matched = true; }
    else if ((r = Raw{}, try_parse(text, g_day, &length))) { r.precision = Precision::kDay; matched = true; }
    else if ((r = Raw{}, try_parse(text, g_day_pair, &length))) { r.precision = Precision::kDay; length = first_length; matched = true; }
    else if ((r = Raw{}, try_parse(text, g_month, &length))) { r.precision = Precision::kMonth; matched = true; }
    else if ((r = Raw{}, try_parse(text, g_month_rel, &length))) { r.precision = Precision::kMonth; matched = true; }
    else if ((r = Raw{}, try_parse(text, g_month_pair, &length))) { r.precision = Precision::kMonth; length = first_length; matched = true; }
    else if ((r = Raw{}, try_parse(text, g_bare_month, &length))) { r.precision = Precision::kMonth; matched = true; }
    else if ((r = Raw{}, try_parse(text, g_half, &length))) { r.precision = Precision::kHalf; matched = true; }
    else if ((r = Raw{}, try_parse(text, g_quarter, &length))) { r.precision = Precision::kQuarter; matched = true; }
    else if ((r = Raw{}, try_parse(text, g_mod, &length))) {
      r.precision = r.month != 0 ? Precision::kMonth : Precision::kYear;
      matched = true;
    }
  } else {
    const auto modifier = (x3::lit("early") | x3::lit("Early"))[mod("START")] |
                          (x3::lit("mid") | x3::lit("Mid"))[mod("MID")] |
                          (x3::lit("late") | x3::lit("Late") | x3::lit("end of") | x3::lit("End of"))[mod("END")];
    const auto g_mdy = month >> ws >> day >> ((x3::lit(',') >> ws) | ws) >> year;
    const auto g_dmy = day >> ws >> month >> ((ws >> year) | x3::eps) >> !x3::alpha;
    const auto g_month = month >> -x3::lit(',') >> ws >> (year | (x3::lit('\'') >> short_year));  // "March '98"
    auto this_year = [&](auto&) { r.relative = 2; };
    const auto g_rel_month = (rel | (x3::lit("this") | x3::lit("This"))[this_year]) >> ws >> month >> !x3::alpha;  // "next March"
    const auto g_month_pair = x3::raw[month][first_part] >> dash >> x3::omit[tables::by_ref(tables::months(en))] >> ws >> year;
    const auto g_md = month >> ws >> day >> !x3::digit >> !x3::alpha;  // "January 28": year from the reference
    const auto g_numeric = d2[set_month] >> '/' >> d2[set_day] >> '/' >> year;
    const auto g_iso = y4[set_year] >> '-' >> x3::uint_parser<int, 10, 2, 2>()[set_month] >> '-' >>
                       x3::uint_parser<int, 10, 2, 2>()[set_day] >> end_num;
    const auto g_mod = modifier >> (x3::lit('-') | ws) >> (g_month | year);
    const auto first_second = (x3::lit("first") | x3::lit("First") | x3::lit("1st"))[part(1)] |
                              (x3::lit("second") | x3::lit("Second") | x3::lit("2nd"))[part(2)];
    const auto nth = first_second | (x3::lit("third") | x3::lit("Third") | x3::lit("3rd"))[part(3)] |
                     (x3::lit("fourth") | x3::lit("Fourth") | x3::lit("4th"))[part(4)];
    // "of 2025" or "2025"; a quarter without a year is the nearest ("in the third quarter"),
    // unless words name another ("the first quarter of next year", "… next year", "… of the game").
    // "… next year", "… of last year", "… of this year": the reference's year, or the one after or before it.
    const auto rel_year = ws >> -(x3::lit("of") >> ws) >>
                          (x3::lit("next year")[year_offset(1)] | x3::lit("last year")[year_offset(-1)] |
                           x3::lit("this year")[year_offset(0)]) >>
                          !x3::alpha >> !x3::lit('\'');
    const auto with_year = (ws >> -(x3::lit("of") >> ws) >> year) | rel_year;
    const auto of_year = with_year | (!(ws >> (x3::digit | x3::lit("of ") | x3::lit("next") | x3::lit("last") |
                                               x3::lit("this"))) >> x3::eps[this_part]);
    // "the last quarter of 2024" is its fourth; "last quarter" alone is the one before: a year
    // is needed then.
    const auto last_of = (x3::lit("final") | x3::lit("Final") | x3::lit("last") | x3::lit("Last"))[part(4)] >> ws >>
                         x3::lit("quarter") >> ((ws >> x3::lit("of") >> ws >> year) | rel_year);
    const auto g_quarter = (nth >> (ws | x3::lit('-')) >> x3::lit("quarter") >> !x3::alpha >> !x3::lit('-') >> of_year) | last_of |
                           (x3::lit('Q') >> x3::uint_parser<int, 10, 1, 1>()[set_part] >> with_year);
    // A half needs its year: "the second half" alone is more often a match's.
    const auto g_half = (first_second >> (ws | x3::lit('-')) >> x3::lit("half") >> !x3::alpha >> !x3::lit('-') >> with_year) |
                        (x3::lit('H') >> x3::uint_parser<int, 10, 1, 1>()[set_part] >> with_year);
    // "next year's first quarter", "last year's second half".
    Precision year_part = Precision::kQuarter;
    auto quarter = [&](auto&) { year_part = Precision::kQuarter; };
    auto half = [&](auto&) { year_part = Precision::kHalf; };
    const auto g_year_part = (x3::lit("next")[year_offset(1)] | x3::lit("last")[year_offset(-1)] |
                              (x3::lit("this") | x3::lit("This"))[year_offset(0)] | x3::lit("Next")[year_offset(1)] |
                              x3::lit("Last")[year_offset(-1)]) >>
                             ws >> x3::lit("year") >> (x3::lit("'s") | x3::lit("\xE2\x80\x99s")) >> ws >>
                             ((nth >> (ws | x3::lit('-')) >> x3::lit("quarter"))[quarter] |
                              (first_second >> (ws | x3::lit('-')) >> x3::lit("half"))[half]) >>
                             !x3::alpha;
    if (try_parse(text, g_iso, &length)) { r.precision = Precision::kDay; matched = true; }
    else if ((r = Raw{}, try_parse(text, g_numeric, &length))) { r.precision = Precision::kDay; matched = true; }
    else if ((r = Raw{}, try_parse(text, g_mdy, &length))) { r.precision = Precision::kDay; matched = true; }
    else if ((r = Raw{}, try_parse(text, g_dmy, &length))) { r.precision = Precision::kDay; matched = true; }
    else if ((r = Raw{}, try_parse(text, g_month, &length))) { r.precision = Precision::kMonth; matched = true; }
    else if ((r = Raw{}, try_parse(text, g_rel_month, &length))) { r.precision = Precision::kMonth; matched = true; }
    else if ((r = Raw{}, try_parse(text, g_month_pair, &length))) { r.precision = Precision::kMonth; length = first_length; matched = true; }
    else if ((r = Raw{}, try_parse(text, g_md, &length))) { r.precision = Precision::kDay; matched = true; }
    else if ((r = Raw{}, try_parse(text, g_quarter, &length))) { r.precision = Precision::kQuarter; matched = true; }
    else if ((r = Raw{}, try_parse(text, g_half, &length))) { r.precision = Precision::kHalf; matched = true; }
    else if ((r = Raw{}, try_parse(text, g_year_part, &length))) { r.precision = year_part; matched = true; }
    else if ((r = Raw{}, try_parse(text, g_mod, &length))) {
      r.precision = r.month != 0 ? Precision::kMonth : Precision::kYear;
      matched = true;
    }
  }
  if (!matched || !valid(r)) return std::nullopt;
  if (r.precision == Precision::kQuarter && (r.part < 1 || r.part > 4)) return std::nullopt;
  if (r.precision == Precision::kHalf && (r.part < 1 || r.part > 2)) return std::nullopt;
  bool resolved = true;
  // "T3 2024", "H1 2026": an abbreviation is a date only with a year of our times ("un T3 1200 euros").
  if ((r.precision == Precision::kQuarter || r.precision == Precision::kHalf) && r.year != 0 &&
      std::string_view("TQSH").find(text[0]) != std::string_view::npos &&
      std::isdigit(static_cast<unsigned char>(text[1])) && (r.year < 1900 || r.year > 2100))
    return std::nullopt;
  if ((r.precision == Precision::kQuarter || r.precision == Precision::kHalf) && r.year == 0 && r.relative_year) {
    // "T2 de l'an prochain", "the fourth quarter of last year": of the reference's year or a neighbour.
    if (reference) r.year = reference->year + r.relative;
    else resolved = false;
  } else if ((r.precision == Precision::kQuarter || r.precision == Precision::kHalf) && r.year == 0) {
    // The nearest such quarter or half, as for a month alone: "au premier trimestre" in a text of
    // December is next year's. News leans to the past, so a tie goes back.
    if (reference) {
      const long mid = (reference->first_day() + reference->last_day()) / 2;
      long best = 0;
      for (int y = reference->year + 1; y >= reference->year - 1; --y) {
        PartialDate d;
        d.year = y;
        d.part = r.part;
        d.precision = r.precision;
        const long here = (d.first_day() + d.last_day()) / 2;
        if (r.year == 0 || std::labs(here - mid) <= best) {
          best = std::labs(here - mid);
          r.year = y;
        }
      }
    } else {
      resolved = false;
    }
  } else if (r.precision == Precision::kYear && r.year == 0 && r.month == 0) {
    // "fin de l'année (dernière)": the reference's year, or the one before or after it.
    if (reference) r.year = reference->year + (r.relative == 2 ? 0 : r.relative);
    else resolved = false;
  } else {
    resolve(&r, reference, &resolved);
  }

  ParsedValue out;
  out.length = length;
  out.value.type = ValueType::kDate;
  out.value.resolved = resolved;
  out.value.date.year = r.year;
  out.value.date.month = r.month;
  out.value.date.day = r.day;
  out.value.date.part = r.part;
  out.value.date.precision = r.precision;
  out.value.date.mod = r.mod;
  return out;
}

}  // namespace checker
