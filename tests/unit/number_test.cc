// Numbers, amounts, quantities and percentages: exact values from the X3 grammars.
#include <catch2/catch.hpp>

#include "checker/parse/number.h"

using checker::Lang;
using checker::parse_quantity;
using checker::ValueType;

namespace {

checker::ParsedValue q(const std::string& text, Lang lang = Lang::kFr) {
  auto r = parse_quantity(text, lang);
  REQUIRE(r.has_value());
  return *r;
}

}  // namespace

TEST_CASE("French numbers: separators and decimal comma", "[parse][number]") {
  CHECK(q("6 717 km2").value.amount == 6717);
  CHECK(q("6\xC2\xA0" "717 km2").value.amount == 6717);      // no-break space
  CHECK(q("6\xE2\x80\xAF" "717 km2").value.amount == 6717);  // narrow no-break space
  CHECK(q("1.747 km²").value.amount == 1747);               // dot groups thousands in French
  CHECK(q("120.000 tonnes").value.amount == 120000);
  CHECK(q("29,7").value.amount == Approx(29.7));
  CHECK(q("1994, 1998").value.amount == 1994);  // a comma and a space end the number
  CHECK(q("1994, 1998").length == 4);
}

TEST_CASE("English numbers: comma groups, decimal point", "[parse][number]") {
  CHECK(q("1,200 t", Lang::kEn).value.amount == 1200);
  CHECK(q("1,200.5", Lang::kEn).value.amount == Approx(1200.5));
  CHECK(q("$1.3 billion", Lang::kEn).value.amount == Approx(1.3e9));
  CHECK(q("$1.3 billion", Lang::kEn).value.currency == "USD");
}

TEST_CASE("A scale glued to an amount after a currency sign", "[parse][number]") {
  CHECK(q("£250m through", Lang::kEn).value.amount == Approx(2.5e8));
  CHECK(q("£250m through", Lang::kEn).length == 6);
  CHECK(q("€3mn", Lang::kEn).value.amount == Approx(3e6));
  CHECK(q("$1.2tn.", Lang::kEn).value.amount == Approx(1.2e12));
  CHECK(q("250m long", Lang::kEn).value.unit == "m");  // no sign: metres
  CHECK(q("£3mph", Lang::kEn).length == 3);            // a glued scale ends a word ("£" is two bytes)
}

TEST_CASE("English numbers: Indian and continental grouping, stacked scales, exponents", "[parse][number]") {
  CHECK(q("12,34,567.89", Lang::kEn).value.amount == Approx(1234567.89));
  CHECK(q("12,34,567.89", Lang::kEn).length == 12);
  CHECK(q("1,234,567", Lang::kEn).value.amount == 1234567);
  CHECK(q("1.111,11", Lang::kEn).value.amount == Approx(1111.11));
  CHECK(q("1.111, 11", Lang::kEn).value.amount == Approx(1.111));
  CHECK(q("three lakh crore", Lang::kEn).value.amount == Approx(3e12));
  CHECK(q("3 dzs", Lang::kEn).value.amount == 36);
  CHECK(q("five doz", Lang::kEn).value.amount == 60);
  CHECK(q("1,1^--23").value.amount == Approx(8.95430243));
}

TEST_CASE("Currencies: ISO codes glued to digits, signs before digits, French hundredths", "[parse][number]") {
  CHECK(q("USD115.5", Lang::kEn).value.currency == "USD");
  CHECK(q("USD115.5", Lang::kEn).value.amount == Approx(115.5));
  CHECK(q("\xE2\x82\xAC" "1000").value.currency == "EUR");  // €1000
  CHECK(q("treize euros et quarante-cinq cents").value.amount == Approx(13.45));
  CHECK(q("361 millions de livres").value.currency == "GBP");
  CHECK(q("25 pounds", Lang::kEn).value.unit == "t");  // alone, pounds weigh
  CHECK(q("12-cent", Lang::kEn).value.amount == Approx(0.12));
  CHECK(q("12 cent").value.type == ValueType::kNumber);  // French: "cent" is a hundred, read apart
}

TEST_CASE("Units in brackets, degrees, rates we do not read, a French decimal point", "[parse][number]") {
  CHECK(q("20 (kg)", Lang::kEn).value.unit == "t");
  CHECK(q("20 (kg)", Lang::kEn).length == 7);
  CHECK(q("20 (kg]", Lang::kEn).value.type == ValueType::kNumber);
  CHECK(q("90 degrees", Lang::kEn).value.unit == "deg");
  CHECK(q("20 degrés Celsius").value.unit == "Cel");
  CHECK(q("50 km/fortnight", Lang::kEn).value.type == ValueType::kNumber);  // a unit of time we do not read
  CHECK(q("50 km/fortnight", Lang::kEn).length == 2);
  CHECK(q("50 km/ms", Lang::kEn).value.unit == "km/h");
  CHECK(q("50 km/h", Lang::kEn).value.unit == "km/h");
  CHECK(q("0.8rad").value.amount == Approx(45.8366).epsilon(1e-4));
  CHECK(q("1.747 km²").value.amount == 1747);
}

TEST_CASE("amounts with scale words and currencies", "[parse][number]") {
  auto a = q("1,3 milliard de dollars");
  CHECK(a.value.type == ValueType::kAmount);
  CHECK(a.value.amount == Approx(1.3e9));
  CHECK(a.value.currency == "USD");
  CHECK(a.length == std::string("1,3 milliard de dollars").size());
  CHECK(q("29,7 millions de dollars").value.amount == Approx(29.7e6));
  CHECK(q("1 300 millions de dollars").value.amount == Approx(1.3e9));
  CHECK(q("45 milliards d'euros").value.currency == "EUR");
  CHECK(q("40 milliards d’euros").value.amount == Approx(40e9));
}

TEST_CASE("quantities are normalized to canonical units", "[parse][number]") {
  auto area = q("6 717 km2 est");
  CHECK(area.value.type == ValueType::kQuantity);
  CHECK(area.value.unit == "km2");
  CHECK(area.length == 9);
  CHECK(q("1,24 km").value.unit == "m");
  CHECK(q("1,24 km").value.amount == Approx(1240));
  CHECK(q("7 millions de tonnes").value.amount == Approx(7e6));
  CHECK(q("7 millions de tonnes").value.unit == "t");
  CHECK(q("1.2 GW", Lang::kEn).value.amount == Approx(1200));
  CHECK(q("1.2 GW", Lang::kEn).value.unit == "MW");
}

TEST_CASE("percentages", "[parse][number]") {
  CHECK(q("20,3 %").value.type == ValueType::kPercent);
  CHECK(q("20,3 %").value.amount == Approx(20.3));
  CHECK(q("37%").value.amount == 37);
  CHECK(q("11 per cent", Lang::kEn).value.type == ValueType::kPercent);
}

TEST_CASE("a unit must end at a word boundary", "[parse][number]") {
  CHECK(q("3 mois").value.type == ValueType::kNumber);  // not 3 metres
  CHECK(q("3 mois").length == 1);
  CHECK(q("17 engins").value.type == ValueType::kNumber);
  CHECK(q("2014 tout").value.type == ValueType::kNumber);
}

TEST_CASE("text that does not start with a number", "[parse][number]") {
  CHECK_FALSE(parse_quantity("environ", Lang::kFr).has_value());
  CHECK_FALSE(parse_quantity("", Lang::kFr).has_value());
}

TEST_CASE("feet and inches written with primes", "[parse][number]") {
  CHECK(q("6' 8\" tall", Lang::kEn).value.amount == Approx(6 * 0.3048 + 8 * 0.0254));
  CHECK(q("6' 8\" tall", Lang::kEn).value.unit == "m");
  CHECK(q("6' 8\" tall", Lang::kEn).length == 5);
  CHECK(q("6\xE2\x80\xB2" "8\xE2\x80\xB3", Lang::kEn).value.unit == "m");  // ′ and ″
  // A prime alone, or inches past eleven: a plain number.
  CHECK(q("6' tall", Lang::kEn).value.type == ValueType::kNumber);
  CHECK(q("6' 14\"", Lang::kEn).value.type == ValueType::kNumber);
}

TEST_CASE("Turns and cups: read after the counts where the word is a unit", "[parse][number]") {
  CHECK(q("1/2 cup", Lang::kEn).value.unit == "m3");
  CHECK(q("3 cups", Lang::kEn).value.type == ValueType::kNumber);  // trophies as often
  CHECK(q("3 turns", Lang::kEn).value.amount == 1080);
  CHECK(q("1 turns", Lang::kEn).value.type == ValueType::kNumber);  // the grammatical number disagrees
  CHECK(q("2008 turn", Lang::kEn).value.type == ValueType::kNumber);
  CHECK(q("trois quarts de tour").value.amount == 270);
  CHECK(q("3 tours").value.type == ValueType::kNumber);  // towers, election rounds
  CHECK(q("4 mi", Lang::kEn).value.amount == Approx(6437.376));
  CHECK(q("2 mi-temps").value.type == ValueType::kNumber);
}
