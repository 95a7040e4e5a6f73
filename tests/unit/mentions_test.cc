// The value scanner: what is a value in running text, and what is not.
#include <catch2/catch.hpp>

#include "checker/extract/mentions.h"
#include "support.h"

using checker::Lang;
using checker::scan_values;

namespace {

std::vector<std::string> scan(const std::string& text, Lang lang = Lang::kFr) {
  std::vector<std::string> out;
  for (const auto& m : scan_values(text, 0, text.size(), lang, checker::parse_iso_date("2026-02")))
    out.push_back(text.substr(m.span.start, m.span.end - m.span.start) + "=" + checker::testing::value_data(m.value));
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("values in running text, with their exact spans", "[extract][mentions]") {
  CHECK(scan("Le site, d'une superficie de 6 717 km2 est loué jusqu'en 2050.") ==
        V{"6 717 km2=6717 km2", "2050=2050"});
  CHECK(scan("un investissement de 1,3 milliard de dollars et devrait entrer en service en décembre 2025.") ==
        V{"1,3 milliard de dollars=1.3e+09 USD", "décembre 2025=2025-12"});
  CHECK(scan("après le tir du 27 novembre dernier") == V{"27 novembre dernier=2025-11-27"});
  CHECK(scan("(2017-2018)") == V{"2017=2017", "2018=2018"});
}

TEST_CASE("numbers that belong to names are not values", "[extract][mentions]") {
  CHECK(scan("le lanceur Soyouz-5 et la fusée Soyouz-2.1b") == V{});
  CHECK(scan("à bord du Soyouz TMA-18M") == V{});
  CHECK(scan("les avions cargo C295 et les L-39 Albatros") == V{});
  CHECK(scan("l'Aibar 4x450(*), le Taimas 8x851(*)") == V{});
  CHECK(scan("FVFV\xE2\x80\x91II") == V{});
}

TEST_CASE("footnote markers glued to words are not values", "[extract][mentions]") {
  CHECK(scan("la dénucléarisation41(*), et") == V{});
  CHECK(scan("Cosmodrome de Baikonour53(*), gravement") == V{});
}

TEST_CASE("URLs are not values", "[extract][mentions]") {
  CHECK(scan("Voir https://www.arte.tv/fr/videos/129256-000-A/kazakhstan/ en 2024") == V{"2024=2024"});
}

TEST_CASE("a four-digit integer in 1000..2199 is a year, other integers are numbers", "[extract][mentions]") {
  CHECK(scan("plus de 6000 entreprises en 2023") == V{"plus de 6000=6000", "2023=2023"});
  CHECK(scan("5800 personnes") == V{"5800=5800"});
}

TEST_CASE("converted values and bounds are the decimals the text means, without binary noise", "[extract][mentions]") {
  // 57 000 m2 is 0.057 km2; multiplied by 1e-6 it printed as 0.056999999999999995.
  const std::string text = "un entrepôt de 57 000 m2 ; environ 100 m2 ; some thirty feet";
  const auto fr = scan_values(text, 0, 43, Lang::kFr, std::nullopt);
  REQUIRE(fr.size() == 2);
  CHECK(fr[0].value.amount == 0.057);
  CHECK(fr[1].value.amount == 0.0001);
  CHECK(*fr[1].value.lower == 0.00009);
  CHECK(*fr[1].value.upper == 0.00011);
  const auto en = scan_values(text, 45, text.size(), Lang::kEn, std::nullopt);
  REQUIRE(en.size() == 1);
  CHECK(en[0].value.amount == 9.144);
  CHECK(*en[0].value.lower == 8.2296);
  CHECK(*en[0].value.upper == 10.0584);
}

TEST_CASE("a value whose digits are all needed is not rounded", "[extract][mentions]") {
  const std::string text = "un tiers des salariés";
  const auto found = scan_values(text, 0, text.size(), Lang::kFr, std::nullopt);
  REQUIRE(found.size() == 1);
  CHECK(found[0].value.amount == 1.0 / 3);
}
