// The digit grammar (checker/parse/digits.cc): numbers in digits, their separators and exponents.
#include <catch2/catch.hpp>

#include <cstdio>

#include "checker/parse/number.h"

using checker::Lang;
using checker::parse_number;

namespace {

// "value/length" (value with %g), or "none".
std::string digits(std::string_view text, Lang lang) {
  auto r = parse_number(text, lang);
  if (!r) return "none";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%g/%zu", r->value.amount, r->length);
  return buf;
}

}  // namespace

TEST_CASE("French digits: spaces and dots group thousands, the comma is decimal", "[parse][digits]") {
  CHECK(digits("6 717 km2", Lang::kFr) == "6717/5");
  CHECK(digits("1.747 km²", Lang::kFr) == "1747/5");
  CHECK(digits("29,7 %", Lang::kFr) == "29.7/4");
  CHECK(digits(",5", Lang::kFr) == "0.5/2");
}

TEST_CASE("French digits: a point that cannot group thousands is a decimal point", "[parse][digits]") {
  CHECK(digits("0.8rad", Lang::kFr) == "0.8/3");
  CHECK(digits("3.14159", Lang::kFr) == "3.14159/7");
  CHECK(digits("192.168", Lang::kFr) == "192168/7");
  CHECK(digits("1.5.2", Lang::kFr) == "1/1");  // not a decimal when another point follows
}

TEST_CASE("English digits: commas, Indian and continental grouping", "[parse][digits]") {
  CHECK(digits("1,200.5", Lang::kEn) == "1200.5/7");
  CHECK(digits("12,34,567.89", Lang::kEn) == "1.23457e+06/12");
  CHECK(digits("1,23,456", Lang::kEn) == "123456/8");
  CHECK(digits("12,345,678", Lang::kEn) == "1.23457e+07/10");
  CHECK(digits("1.111,11", Lang::kEn) == "1111.11/8");
  CHECK(digits("1.111", Lang::kEn) == "1.111/5");
  CHECK(digits("5,00", Lang::kEn) == "5/1");  // English has no decimal comma
}

TEST_CASE("Exponents and powers", "[parse][digits]") {
  CHECK(digits("1.3e6", Lang::kEn) == "1.3e+06/5");
  CHECK(digits("2x10^-3", Lang::kEn) == "0.002/7");
  CHECK(digits("1.1^--23", Lang::kEn) == "8.9543/8");
  CHECK(digits("2e édition", Lang::kFr) == "2/1");
}
