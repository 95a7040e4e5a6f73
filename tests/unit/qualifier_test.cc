// The qualifier grammar and the intervals it gives.
#include <catch2/catch.hpp>

#include <cmath>

#include "checker/parse/qualifier.h"

using checker::Lang;

TEST_CASE("qualifiers are read with the space after them", "[parse][qualifier]") {
  auto q = checker::parse_qualifier("près de 100 000", Lang::kFr);
  REQUIRE(q);
  CHECK(q->name == "nearly");
  CHECK(q->length == 9);  // "près" has a two-byte è
  CHECK(checker::parse_qualifier("Plus de 6000", Lang::kFr)->name == "more-than");
  CHECK(checker::parse_qualifier("at least 50", Lang::kEn)->name == "at-least");
  CHECK_FALSE(checker::parse_qualifier("plusieurs", Lang::kFr));
  CHECK(checker::parse_qualifier("plus d'un million", Lang::kFr)->length == 7);
  CHECK_FALSE(checker::parse_qualifier("overall", Lang::kEn));
}

TEST_CASE("range joiners", "[parse][qualifier]") {
  CHECK(checker::parse_range_joiner(" et 3,8 %", Lang::kFr) == 4);
  CHECK(checker::parse_range_joiner("-3,8", Lang::kFr) == 1);
  CHECK(checker::parse_range_joiner(" and 3.8", Lang::kEn) == 5);
  CHECK(checker::parse_range_joiner(" ou 3", Lang::kFr) == 0);
}

TEST_CASE("a qualifier turns a value into an interval", "[parse][qualifier]") {
  checker::Value v;
  v.amount = 100;
  checker::apply_qualifier("nearly", &v);
  CHECK(*v.lower == Approx(90));
  CHECK(*v.upper == Approx(100));
  checker::Value w;
  w.amount = 6000;
  checker::apply_qualifier("more-than", &w);
  CHECK(*w.lower == 6000);
  CHECK_FALSE(w.upper);
  CHECK(w.qualifier == "more-than");
}

TEST_CASE("an approximation's bounds are the decimal values users read", "[parse][qualifier]") {
  // 1.1 * 1.5e6 is 1650000.0000000002 in binary; the report printed it so.
  checker::Value v;
  v.amount = 1.5e6;
  checker::apply_qualifier("approx", &v);
  CHECK(*v.lower == 1350000);
  CHECK(*v.upper == 1650000);
  checker::Value p;
  p.amount = 0.7;
  checker::apply_qualifier("nearly", &p);
  CHECK(*p.lower == 0.63);
}

TEST_CASE("bounds of a huge value do not overflow", "[parse][qualifier]") {
  checker::Value v;
  v.amount = 1.7e308;
  checker::apply_qualifier("nearly", &v);
  CHECK(std::isfinite(*v.lower));
}
