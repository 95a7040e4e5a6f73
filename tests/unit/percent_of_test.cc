// The percent-first grammar: "percent of 10", "pourcentage de vingt", and what it leaves alone.
#include <catch2/catch.hpp>

#include "checker/parse/percent_of.h"

using checker::Lang;
using checker::parse_percent_of;
using checker::ValueType;

TEST_CASE("A percent word before its number, at the end of a clause", "[parse][percent]") {
  auto en = parse_percent_of("percent of 10.", Lang::kEn);
  REQUIRE(en);
  CHECK(en->value.type == ValueType::kPercent);
  CHECK(en->value.amount == 10);
  CHECK(en->length == 13);
  auto words = parse_percent_of("per cent of twenty-two", Lang::kEn);
  REQUIRE(words);
  CHECK(words->value.amount == 22);
  auto fr = parse_percent_of("pourcent des trois cent cinq", Lang::kFr);
  REQUIRE(fr);
  CHECK(fr->value.amount == 305);
  CHECK(fr->length == 28);
  auto decimal = parse_percent_of("Pourcentage de 12,5 ;", Lang::kFr);
  REQUIRE(decimal);
  CHECK(decimal->value.amount == Approx(12.5));
}

TEST_CASE("A number that counts something else is no percentage", "[parse][percent]") {
  CHECK_FALSE(parse_percent_of("percent of 210 respondents", Lang::kEn));
  CHECK_FALSE(parse_percent_of("percentage of 2020.", Lang::kEn));  // a year
  CHECK_FALSE(parse_percent_of("le pourcentage de 18-25 ans", Lang::kFr));
  CHECK_FALSE(parse_percent_of("percent", Lang::kEn));
  CHECK_FALSE(parse_percent_of("pourcentage de vingt", Lang::kEn));  // the other language's words
}

TEST_CASE("A fraction of one percent", "[parse][percent]") {
  auto half = parse_percent_of("half a percent", Lang::kEn);
  REQUIRE(half);
  CHECK(half->value.amount == 0.5);
  CHECK(half->length == 14);
  auto one = parse_percent_of("half of one percent", Lang::kEn);
  REQUIRE(one);
  CHECK(one->value.amount == 0.5);
  auto quarter = parse_percent_of("un quart d'un pour cent", Lang::kFr);
  REQUIRE(quarter);
  CHECK(quarter->value.amount == 0.25);
  CHECK_FALSE(parse_percent_of("half a dozen", Lang::kEn));
  CHECK_FALSE(parse_percent_of("half a percentile", Lang::kEn));
}
