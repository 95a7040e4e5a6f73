// The duration grammar.
#include <catch2/catch.hpp>

#include "checker/parse/duration.h"

using checker::Lang;
using checker::parse_duration;

namespace {

std::string dur(std::string_view text, Lang lang = Lang::kFr) {
  auto d = parse_duration(text, lang);
  return d ? d->timex + "/" + std::to_string(d->length) : "none";
}

}  // namespace

TEST_CASE("durations in digits, words and ISO 8601", "[parse][duration]") {
  CHECK(dur("18 mois plus tard") == "P18M/7");
  CHECK(dur("trois ans") == "P3Y/9");
  CHECK(dur("un an") == "P1Y/5");
  CHECK(dur("30,4 secondes") == "PT30.4S/13");
  CHECK(dur("P3Y") == "P3Y/3");
  CHECK(dur("two weeks", Lang::kEn) == "P2W/9");
  CHECK(dur("an hour", Lang::kEn) == "PT1H/7");
}

TEST_CASE("what is not a duration", "[parse][duration]") {
  CHECK(dur("3 hélicoptères") == "none");
  CHECK(dur("18 mois-lumière") == "none");
  CHECK(dur("un rapport") == "none");
  CHECK(dur("PIB") == "none");
}
