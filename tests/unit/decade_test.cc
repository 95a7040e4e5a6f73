// The decade grammar: TIMEX3 values, modifiers, two-digit decades anchored to the reference.
#include <catch2/catch.hpp>

#include "checker/parse/decade.h"

using checker::Lang;
using checker::parse_decade;

namespace {

std::string decade(std::string_view text, Lang lang, int reference_year = 2002) {
  checker::PartialDate ref;
  ref.year = reference_year;
  auto r = parse_decade(text, lang, ref);
  if (!r) return "none";
  return r->value.date.timex() + (r->value.date.mod.empty() ? "" : " " + r->value.date.mod) + "/" +
         std::to_string(r->length);
}

}  // namespace

TEST_CASE("French decades", "[parse][decade]") {
  CHECK(decade("les années 60,", Lang::kFr) == "196X/14");
  CHECK(decade("début des années 1990", Lang::kFr) == "199X START/23");
  CHECK(decade("années 20", Lang::kFr, 2002) == "192X/10");
  CHECK(decade("années 20", Lang::kFr, 2026) == "202X/10");
  CHECK(decade("les années 65", Lang::kFr) == "none");   // not a decade
  CHECK(decade("les années suivantes", Lang::kFr) == "none");
}

TEST_CASE("English decades", "[parse][decade]") {
  CHECK(decade("the 1980s", Lang::kEn) == "198X/9");
  CHECK(decade("the late 1990s", Lang::kEn) == "199X END/14");
  CHECK(decade("the '60s", Lang::kEn) == "196X/8");
  CHECK(decade("the 1980 election", Lang::kEn) == "none");
}
