// Dates in words and digits, with the reference date pinned in each case (never the clock).
#include <catch2/catch.hpp>

#include "checker/parse/date.h"

using checker::Lang;
using checker::parse_date;
using checker::parse_iso_date;

namespace {

std::string date_of(const std::string& text, Lang lang = Lang::kFr, const std::string& ref = "") {
  std::optional<checker::PartialDate> reference;
  if (!ref.empty()) reference = parse_iso_date(ref);
  auto r = parse_date(text, lang, reference);
  if (!r) return "none";
  return r->value.date.timex() + (r->value.date.mod.empty() ? "" : "/" + r->value.date.mod);
}

}  // namespace

TEST_CASE("French dates in words", "[parse][date]") {
  CHECK(date_of("décembre 2025") == "2025-12");
  CHECK(date_of("9 août 2022") == "2022-08-09");
  CHECK(date_of("1er mars 2021") == "2021-03-01");
  CHECK(date_of("juin de 2022") == "2022-06");
  CHECK(date_of("Décembre 2025") == "2025-12");
}

TEST_CASE("numeric dates", "[parse][date]") {
  CHECK(date_of("09/11/2025") == "2025-11-09");             // French: day first
  CHECK(date_of("11/09/2025", Lang::kEn) == "2025-11-09");  // English: month first
  CHECK(date_of("2025-11-09") == "2025-11-09");
  CHECK(date_of("31/02/2025") == "none");
  // Regression, found by fuzzing: a zero day or month reached days_in_month(…, 0).
  CHECK(date_of("0/11/2025") == "none");
  CHECK(date_of("0/11/2025", Lang::kEn) == "none");
  CHECK(date_of("11/0/2025", Lang::kEn) == "none");
}

TEST_CASE("modifiers, halves and quarters", "[parse][date]") {
  CHECK(date_of("fin 2025") == "2025/END");
  CHECK(date_of("début 2024") == "2024/START");
  CHECK(date_of("mi-2026") == "2026/MID");
  CHECK(date_of("premier semestre 2027") == "2027-H1");
  CHECK(date_of("T3 2023") == "2023-Q3");
  CHECK(date_of("Q3 2023", Lang::kEn) == "2023-Q3");
  CHECK(date_of("second half of 2023", Lang::kEn) == "2023-H2");
  CHECK(date_of("late 2025", Lang::kEn) == "2025/END");
}

TEST_CASE("English dates in words", "[parse][date]") {
  CHECK(date_of("March 3, 2021", Lang::kEn) == "2021-03-03");
  CHECK(date_of("3 March 2021", Lang::kEn) == "2021-03-03");
  CHECK(date_of("March 2024", Lang::kEn) == "2024-03");
  CHECK(date_of("January 28", Lang::kEn, "2021-02-03") == "2021-01-28");
}

TEST_CASE("relative dates are anchored to the document date, or left unresolved", "[parse][date]") {
  CHECK(date_of("27 novembre dernier", Lang::kFr, "2026-02") == "2025-11-27");
  CHECK(date_of("27 novembre dernier", Lang::kFr, "2025-12-01") == "2025-11-27");
  CHECK(date_of("27 novembre prochain", Lang::kFr, "2025-06") == "2025-11-27");
  CHECK(date_of("9 août", Lang::kFr, "2022-08") == "2022-08-09");
  auto unresolved = parse_date("27 novembre dernier", Lang::kFr, std::nullopt);
  REQUIRE(unresolved);
  CHECK_FALSE(unresolved->value.resolved);
  CHECK(unresolved->value.date.timex() == "XXXX-11-27");
  // A pair of months without a year: the first is a month alone, the nearest such (TimeML).
  CHECK(date_of("mars-avril,") == "XXXX-03");
}

TEST_CASE("not dates", "[parse][date]") {
  CHECK(date_of("2024") == "none");  // a bare year is decided by the scanner, not here
  CHECK(date_of("Mars-avril") == "none");  // "Mars" may be the planet
  CHECK(date_of("mai de la même année") == "none");
}

TEST_CASE("pairs of days and months share what ends them", "[parse][date]") {
  CHECK(date_of("19 au 23 juillet 1999") == "1999-07-19");
  CHECK(date_of("6 et 13 avril prochains", Lang::kFr, "2003-02-24") == "2003-04-06");
  CHECK(date_of("13 avril prochains", Lang::kFr, "2003-02-24") == "2003-04-13");
  CHECK(date_of("mai et juin derniers", Lang::kFr, "2003-02-23") == "2002-05");
  CHECK(date_of("juin derniers", Lang::kFr, "2003-02-23") == "2002-06");
  CHECK(date_of("6 et 13 pièces") == "none");
}
