// The fraction grammar: values and lengths, and ordinals that are not fractions.
#include <catch2/catch.hpp>

#include "checker/parse/fraction.h"

using checker::Lang;
using checker::parse_fraction;

namespace {

// "value/length" with the value to 4 decimals, or "none".
std::string frac(std::string_view text, Lang lang) {
  auto r = parse_fraction(text, lang);
  if (!r) return "none";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.4f/%zu", r->value.amount, r->length);
  return buf;
}

}  // namespace

TEST_CASE("French fractions in words", "[parse][fraction]") {
  CHECK(frac("deux tiers des votants", Lang::kFr) == "0.6667/10");
  CHECK(frac("trois cinquièmes", Lang::kFr) == "0.6000/17");
  CHECK(frac("un quart des sièges", Lang::kFr) == "0.2500/8");
  CHECK(frac("un million et demi de visiteurs", Lang::kFr) == "1500000.0000/18");
  CHECK(frac("3 millions et demi", Lang::kFr) == "3500000.0000/18");
  CHECK(frac("cinq milliards et trois quarts", Lang::kFr) == "5750000000.0000/30");
  CHECK(frac("vingt et un cinquième", Lang::kFr) == "20.2000/22");
  CHECK(frac("cent trois et deux tiers", Lang::kFr) == "103.6667/24");
  CHECK(frac("Un demi-million", Lang::kFr) == "500000.0000/15");
}

TEST_CASE("English fractions in words", "[parse][fraction]") {
  CHECK(frac("two thirds of voters", Lang::kEn) == "0.6667/10");
  CHECK(frac("one and a half", Lang::kEn) == "1.5000/14");
  CHECK(frac("one twenty-fifth", Lang::kEn) == "0.0400/16");
  CHECK(frac("one hundred and three and two thirds", Lang::kEn) == "103.6667/36");
  CHECK(frac("three and a half million", Lang::kEn) == "3500000.0000/24");
  CHECK(frac("one billion and a half million", Lang::kEn) == "1000500000.0000/30");
  CHECK(frac("half a dozen eggs", Lang::kEn) == "6.0000/12");
  CHECK(frac("a hundred trillionths", Lang::kEn) == "0.0000/21");
}

TEST_CASE("Fractions in digits and ratios", "[parse][fraction]") {
  CHECK(frac("3/4 des", Lang::kFr) == "0.7500/3");
  CHECK(frac("2 1/4", Lang::kEn) == "2.2500/5");
  CHECK(frac("½", Lang::kEn) == "0.5000/2");
  CHECK(frac("1 sur 3", Lang::kFr) == "0.3333/7");
  CHECK(frac("one out of three", Lang::kEn) == "0.3333/16");
  CHECK(frac("1 in 20", Lang::kEn) == "0.0500/7");
}

TEST_CASE("Ordinals, dates and lengths of time are not fractions", "[parse][fraction]") {
  CHECK(frac("un cinquième mandat", Lang::kFr) == "none");
  CHECK(frac("a third term", Lang::kEn) == "none");
  CHECK(frac("3/4/2025", Lang::kEn) == "none");
  CHECK(frac("1000 sur 3 ans", Lang::kFr) == "none");
  CHECK(frac("5 in 2020", Lang::kEn) == "none");
  CHECK(frac("2 in 20", Lang::kEn) == "none");
  CHECK(frac("5 over 10 years", Lang::kEn) == "none");
  CHECK(frac("vingt et un jours", Lang::kFr) == "none");
  CHECK(frac("trois cents", Lang::kFr) == "none");
}

TEST_CASE("English compound ordinals as denominators, and proper fractions in mixed numbers", "[parse][fraction]") {
  CHECK(frac("one hundred thirty-fifths", Lang::kEn) == "2.8571/25");
  CHECK(frac("one hundred thirty fifths", Lang::kEn) == "2.8571/25");
  CHECK(frac("one hundred and thirty fifths", Lang::kEn) == "26.0000/29");
  CHECK(frac("one hundred and thirty-two fifths", Lang::kEn) == "26.4000/33");
  CHECK(frac("twenty twenty fifths", Lang::kEn) == "0.8000/20");
  CHECK(frac("twenty fifths", Lang::kEn) == "4.0000/13");
  CHECK(frac("twenty and three fifths", Lang::kEn) == "20.6000/23");
}

TEST_CASE("Half alone, as read after a bound", "[parse][fraction]") {
  CHECK(checker::parse_bare_half("half of them", Lang::kEn)->value.amount == 0.5);
  CHECK(checker::parse_bare_half("la moitié des votants", Lang::kFr)->length == 10);
  CHECK_FALSE(checker::parse_bare_half("halfway", Lang::kEn));
}

TEST_CASE("A singular ordinal before a unit of measure is a fraction of it", "[parse][fraction]") {
  CHECK(frac("a half turn", Lang::kEn) == "0.5000/6");
  CHECK(frac("a quarter mile", Lang::kEn) == "0.2500/9");
  CHECK(frac("un demi-tour", Lang::kFr) == "0.5000/7");
  CHECK(frac("un demi litre", Lang::kFr) == "0.5000/7");
  CHECK(frac("a third term", Lang::kEn) == "none");   // a rank, not a share
  CHECK(frac("a third t-shirt", Lang::kEn) == "none");  // a one-letter symbol starts another word
}
