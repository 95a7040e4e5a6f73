// The relative-date grammar: resolved against a pinned reference, never the clock.
#include <catch2/catch.hpp>

#include "checker/parse/relative_date.h"

using checker::Lang;

namespace {

std::string rel(std::string_view text, Lang lang, const char* reference) {
  auto r = checker::parse_relative_date(text, lang, reference ? checker::parse_iso_date(reference) : std::nullopt);
  if (!r) return "none";
  return r->value.date.timex() + (r->value.resolved ? "" : " unresolved") + "/" + std::to_string(r->length);
}

}  // namespace

TEST_CASE("years and months around the reference", "[parse][relative-date]") {
  CHECK(rel("l'an prochain", Lang::kFr, "2022-05-10") == "2023/13");
  CHECK(rel("l'année dernière", Lang::kFr, "2022-05-10") == "2021/18");
  CHECK(rel("le mois dernier", Lang::kFr, "2022-01-10") == "2021-12/15");
  CHECK(rel("next year", Lang::kEn, "2022-05-10") == "2023/9");
  CHECK(rel("last month", Lang::kEn, "2022-05-10") == "2022-04/10");
  CHECK(rel("in two years", Lang::kEn, "2022-05-10") == "2024/12");
  CHECK(rel("dans deux ans", Lang::kFr, "2022-05-10") == "2024/13");
  CHECK(rel("il y a trois ans", Lang::kFr, "2022-05-10") == "2019/16");
}

TEST_CASE("days and weekdays", "[parse][relative-date]") {
  CHECK(rel("hier", Lang::kFr, "1999-05-20") == "1999-05-19/4");
  CHECK(rel("mercredi", Lang::kFr, "1999-05-20") == "1999-05-19/8");  // a Thursday: the day before
  CHECK(rel("lundi prochain", Lang::kFr, "1999-05-20") == "1999-05-24/14");
  CHECK(rel("jeudi dernier", Lang::kFr, "1999-05-20") == "1999-05-13/13");
  CHECK(rel("last Friday", Lang::kEn, "1999-05-20") == "1999-05-14/11");
}

TEST_CASE("without a reference a relative date stays unresolved", "[parse][relative-date]") {
  CHECK(rel("l'an prochain", Lang::kFr, nullptr) == "XXXX unresolved/13");
  CHECK(rel("hier", Lang::kFr, "1999-05").find("unresolved") != std::string::npos);  // a month is too coarse
  CHECK(rel("dans le", Lang::kFr, "1999-05-20") == "none");
  CHECK(rel("in 2024", Lang::kEn, "1999-05-20") == "none");
}

TEST_CASE("weeks of the calendar (ISO 8601)", "[parse][relative-date]") {
  CHECK(rel("cette semaine", Lang::kFr, "1999-07-09") == "1999-W27/13");
  CHECK(rel("la semaine dernière", Lang::kFr, "1999-07-09") == "1999-W26/20");
  CHECK(rel("la semaine prochaine", Lang::kFr, "2020-12-30") == "2021-W01/20");
  CHECK(rel("this week", Lang::kEn, "2021-01-01") == "2020-W53/9");  // 2020 has 53 ISO weeks
  // "ce week-end" early in the week is the one just past; later, the coming one.
  CHECK(rel("ce week-end", Lang::kFr, "2003-02-04") == "2003-W05-WE/11");
  CHECK(rel("ce week-end", Lang::kFr, "2003-02-06") == "2003-W06-WE/11");
  CHECK(rel("cette semaine", Lang::kFr, nullptr) == "XXXX-WXX unresolved/13");
  CHECK(rel("d'ici", Lang::kFr, "2003-02-06") == "none");
}
