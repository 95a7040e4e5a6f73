// The denominator of a speed: "/ms", "per second", "par heure"; days and other words are not read.
#include <catch2/catch.hpp>

#include "checker/parse/number.h"
#include "checker/parse/rate.h"

using checker::Lang;
using checker::per_time;

TEST_CASE("A unit of time after a slash or per/par", "[parse][rate]") {
  double s = 0;
  CHECK(per_time("/ms and", 0, Lang::kEn, &s) == 3);
  CHECK(s == 0.001);
  CHECK(per_time(" per millisecond", 0, Lang::kEn, &s) == 16);
  CHECK(per_time(" per seconds", 0, Lang::kEn, &s) == 12);
  CHECK(s == 1);
  CHECK(per_time(" par heure", 0, Lang::kFr, &s) == 10);
  CHECK(s == 3600);
}

TEST_CASE("No unit of time: the position does not move", "[parse][rate]") {
  double s = 0;
  CHECK(per_time(" par jour", 0, Lang::kFr, &s) == 0);
  CHECK(per_time("/msg", 0, Lang::kEn, &s) == 0);
  CHECK(per_time(" per second", 0, Lang::kFr, &s) == 0);  // French says "par"
  CHECK(per_time("/", 0, Lang::kEn, &s) == 0);
}

TEST_CASE("A length per unit of time is a speed in km/h", "[parse][rate]") {
  auto v = checker::parse_quantity("50 km/ms", Lang::kEn);
  REQUIRE(v);
  CHECK(v->value.unit == "km/h");
  CHECK(v->value.amount == Approx(1.8e8));
  auto fr = checker::parse_quantity("10 mètres par seconde", Lang::kFr);
  REQUIRE(fr);
  CHECK(fr->value.amount == Approx(36));
  CHECK(fr->length == 22);
  auto barrels = checker::parse_quantity("500 barils par jour", Lang::kFr);
  REQUIRE(barrels);
  CHECK(barrels->value.unit == "m3");
}
