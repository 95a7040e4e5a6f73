// The number-word grammar: values, lengths, and articles that are not numbers.
#include <catch2/catch.hpp>

#include "checker/parse/number_words.h"

using checker::Lang;
using checker::parse_number_words;

namespace {

// "value/length", or "none".
std::string words(std::string_view text, Lang lang = Lang::kFr) {
  auto r = parse_number_words(text, lang);
  if (!r) return "none";
  return std::to_string(static_cast<long>(r->value.amount)) + "/" + std::to_string(r->length) +
         (r->value.qualifier.empty() ? "" : " " + r->value.qualifier);
}

}  // namespace

TEST_CASE("French number words fold as they are read", "[parse][number-words]") {
  CHECK(words("trois ans") == "3/5");
  CHECK(words("vingt et un jours") == "21/11");
  CHECK(words("quatre-vingt-dix-sept") == "97/21");
  CHECK(words("trois cents personnes") == "300/11");
  CHECK(words("deux mille cinq cents") == "2500/21");
  CHECK(words("Trois ans plus tard") == "3/5");
}

TEST_CASE("French collectives are approximate", "[parse][number-words]") {
  CHECK(words("une dizaine de sites") == "10/11 approx");
  CHECK(words("un millier") == "1000/10 approx");
}

TEST_CASE("un/une is an article unless a scale follows", "[parse][number-words]") {
  CHECK(words("un rapport") == "none");
  CHECK(words("une entreprise") == "none");
  CHECK(words("un million") == "1000000/10");
  CHECK(words("un million deux cent mille") == "1200000/26");
  CHECK(words("neuvième") == "none");
}

TEST_CASE("English number words", "[parse][number-words]") {
  CHECK(words("twenty-one", Lang::kEn) == "21/10");
  CHECK(words("three hundred and five", Lang::kEn) == "305/22");
  CHECK(words("a dozen eggs", Lang::kEn) == "12/7");
  CHECK(words("someone", Lang::kEn) == "none");
}

TEST_CASE("English adds no two words below twenty, and joins tens to units over a spaced hyphen",
          "[parse][number-words]") {
  CHECK(words("three-nought-four", Lang::kEn) == "3/5");
  CHECK(words("twenty twenty", Lang::kEn) == "20/6");
  CHECK(words("nineteen eighty-four", Lang::kEn) == "19/8");
  CHECK(words("twenty-one", Lang::kEn) == "21/10");
  CHECK(words("fifty - two", Lang::kEn) == "52/11");
  CHECK(words("fifty - twenty", Lang::kEn) == "50/5");
  CHECK(words("naught point five", Lang::kEn) == "0/17");  // 0.5, truncated by the helper
  CHECK(parse_number_words("zero point zero three", Lang::kEn)->value.amount == Approx(0.03));
  CHECK(words("dix-sept") == "17/8");  // French does add them
}

TEST_CASE("A larger scale after a scale multiplies all before it", "[parse][number-words]") {
  CHECK(words("three thousand million", Lang::kEn) == "3000000000/22");
  CHECK(words("two million three thousand", Lang::kEn) == "2003000/26");
  CHECK(words("mille milliards") == "1000000000000/15");
}
