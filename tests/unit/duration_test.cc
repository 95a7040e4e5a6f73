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

TEST_CASE("a period named by its rank is one unit long (TimeML)", "[parse][duration]") {
  CHECK(dur("la deuxième journée de") == "P1D/21");
  CHECK(dur("sa deuxième année aux") == "P1Y/19");
  CHECK(dur("La première minute") == "PT1M/19");
  CHECK(dur("la deuxième journées") == "P1D/22");  // the unit list reads plurals too
  CHECK(dur("la deuxième fois") == "none");
  CHECK(dur("le premier siècle") == "none");          // a century is not one unit of a year
  CHECK(dur("the second day", Lang::kEn) == "none");  // French only
}
