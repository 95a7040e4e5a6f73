// The anchored-day grammar: offsets in days from the last day the text named, and parts of the day.
#include <catch2/catch.hpp>

#include "checker/parse/anchor.h"

using checker::Lang;

namespace {

// "offset/length[/part]", or "none".
std::string anchor(std::string_view text, Lang lang = Lang::kFr) {
  auto a = checker::parse_anchor(text, lang);
  if (!a) return "none";
  return std::to_string(a->offset) + "/" + std::to_string(a->length) + (a->part.empty() ? "" : "/" + a->part);
}

}  // namespace

TEST_CASE("French anchored days", "[parse][anchor]") {
  CHECK(anchor("le lendemain matin") == "1/12");
  CHECK(anchor("Le lendemain,") == "1/12");
  CHECK(anchor("lendemain de la démission") == "1/9");
  CHECK(anchor("le surlendemain") == "2/15");
  CHECK(anchor("la veille") == "-1/9");
  CHECK(anchor("l'avant-veille") == "-2/14");
  CHECK(anchor("Le même jour à") == "0/13");
  CHECK(anchor("le matin même une") == "0/14/TMO");
  CHECK(anchor("la veillée") == "none");
  CHECK(anchor("le lendemains") == "none");
}

TEST_CASE("English has no anchored days yet", "[parse][anchor]") {
  CHECK(anchor("the next day", Lang::kEn) == "none");
}
