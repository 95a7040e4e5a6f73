// The recurrence grammar: TIMEX3 SET values and where their span starts.
#include <catch2/catch.hpp>

#include "checker/parse/recurrence.h"

using checker::Lang;

namespace {

// "timex start+length", or "none".
std::string set(std::string_view text, Lang lang = Lang::kFr) {
  auto r = checker::parse_recurrence(text, lang);
  if (!r) return "none";
  return r->timex + " " + std::to_string(r->start) + "+" + std::to_string(r->length);
}

}  // namespace

TEST_CASE("French recurrences", "[parse][recurrence]") {
  CHECK(set("chaque année les parcs") == "P1Y 0+13");
  CHECK(set("Chaque jour, elle") == "P1D 0+11");
  CHECK(set("chaque mois.") == "P1M 0+11");
  CHECK(set("tous les ans et") == "P1Y 0+12");
  CHECK(set("tous les jeudis aux heures") == "XXXX-WXX-4 0+15");
  CHECK(set("toutes les semaines") == "P1W 0+19");
  CHECK(set("chaque soir") == "XXXX-XX-XXTEV 0+11");
  CHECK(set("par an, soit") == "P1Y 4+2");
  CHECK(set("par semestre pour") == "P6M 4+8");
  CHECK(set("annuels sur") == "P1Y 0+7");
  CHECK(set("mensuelle") == "P1M 0+9");
}

TEST_CASE("French words that are not recurrences", "[parse][recurrence]") {
  CHECK(set("chaque fois") == "none");
  CHECK(set("tous les détritus") == "none");
  CHECK(set("par exemple") == "none");
  CHECK(set("parans") == "none");
  CHECK(set("par ans") == "none");
  CHECK(set("chaque jours") == "none");
  CHECK(set("annuelles-ment") == "none");
}

TEST_CASE("English recurrences", "[parse][recurrence]") {
  CHECK(set("every year", Lang::kEn) == "P1Y 0+10");
  CHECK(set("each Monday", Lang::kEn) == "XXXX-WXX-1 0+11");
  CHECK(set("per year", Lang::kEn) == "P1Y 4+4");
  CHECK(set("annually", Lang::kEn) == "P1Y 0+8");
  CHECK(set("every one", Lang::kEn) == "none");
}
