// Names without a head noun ("Tomas Vellard"): subjects when two documents write them.
#include <catch2/catch.hpp>

#include "checker/corpus/loader.h"
#include "checker/engine/audit.h"
#include "checker/engine/extraction.h"
#include "checker/engine/rule_pack.h"
#include "support.h"

namespace {

using V = std::vector<std::string>;

// "subject attribute value" of every claim of the documents (English, dated 2024-06), in order.
V claims_of(const V& bodies) {
  std::vector<checker::Document> docs;
  for (size_t i = 0; i < bodies.size(); ++i) {
    auto d = checker::make_document("d" + std::to_string(i) + ".md", "---\ndate: 2024-06\nlang: en\n---\n" + bodies[i]);
    REQUIRE(d.ok());
    docs.push_back(d.value());
  }
  const auto result = checker::run_audit(docs, checker::testing::default_pack());
  V out;
  for (const auto& c : result.claims)
    out.push_back((c.subject_id.empty() ? "-" : c.subject_id) + " " + c.attribute + " " +
                  checker::testing::value_data(c.value));
  return out;
}

}  // namespace

TEST_CASE("a name without head noun is a subject only when two documents write it", "[extract][subjects]") {
  CHECK(claims_of({"Tomas Vellard was born in 1980."}) == V{"- event.birth 1980"});
  CHECK(claims_of({"Tomas Vellard was born in 1980.", "Tomas Vellard was born in 1981."}) ==
        V{"tomas-vellard event.birth 1980", "tomas-vellard event.birth 1981"});
  // One letter apart: two people, neither written twice.
  CHECK(claims_of({"Corin Aldous was born in 1980.", "Corin Aldis was born in 1981."}) ==
        V{"- event.birth 1980", "- event.birth 1981"});
}

TEST_CASE("a name without head noun after an article or a capital is part of something else", "[extract][subjects]") {
  CHECK(claims_of({"Hallam Sound was formed in 1602.", "During the Hallam Sound strike, the ferry company was founded in 1921."}) ==
        V{"hallam-sound event.founding 1602", "- event.founding 1921"});
  CHECK(claims_of({"Hallam Sound was formed in 1602.", "Hallam Sound is cold. Ferry Hallam Sound was founded in 1921."}) ==
        V{"hallam-sound event.founding 1602", "- event.founding 1921"});
}

TEST_CASE("a pronoun does not refer back to a place", "[extract][subjects]") {
  CHECK(claims_of({"Tessa Brand was born in 1952 in Ashby Combe.",
                   "Tessa Brand sang. Living in Ashby Combe, she founded a choir in 1974."}) ==
        V{"tessa-brand event.birth 1952", "tessa-brand event.founding 1974"});
}

TEST_CASE("keep_shared_bare_names keeps the bare names of two documents and every other name", "[engine][subjects]") {
  std::vector<checker::NamedPhrase> names = {{"Tayler Mane", "", "Tayler Mane", ""},
                                             {"Rob Zombie", "", "Rob Zombie", ""},
                                             {"Ariane 6", "", "Ariane 6", ""},
                                             {"pont de Vardenne", "pont", "Vardenne", ""},
                                             {"Tayler Mane", "", "Tayler Mane", ""}};
  checker::keep_shared_bare_names(&names, {0, 0, 0, 0, 1});
  V kept;
  for (const auto& n : names) kept.push_back(n.text);
  CHECK(kept == V{"Tayler Mane", "Ariane 6", "pont de Vardenne", "Tayler Mane"});
}

TEST_CASE("keep_shared_bare_names: one document writing a bare name twice is still one document", "[engine][subjects]") {
  std::vector<checker::NamedPhrase> names = {{"Rob Zombie", "", "Rob Zombie", ""},
                                             {"Rob Zombie", "", "Rob Zombie", ""},
                                             {"Tayler Mane", "", "Tayler Mane", ""},
                                             {"TAYLER MANE", "", "TAYLER MANE", ""}};
  checker::keep_shared_bare_names(&names, {0, 0, 0, 2});
  V kept;
  for (const auto& n : names) kept.push_back(n.text);
  CHECK(kept == V{"Tayler Mane", "TAYLER MANE"});  // folded alike, written by documents 0 and 2
}

TEST_CASE("keep_shared_bare_names over each document's names keeps the same ones, in place", "[engine][subjects]") {
  using N = checker::NamedPhrase;
  std::vector<std::vector<N>> per_document = {
      {{"Rob Zombie", "", "Rob Zombie", ""}, {"Tayler Mane", "", "Tayler Mane", ""}, {"Rob Zombie", "", "Rob Zombie", ""}},
      {},
      {{"pont de Vardenne", "pont", "Vardenne", ""}, {"TAYLER MANE", "", "TAYLER MANE", ""}},
      {{"Corin Aldous", "", "Corin Aldous", ""}}};
  checker::keep_shared_bare_names(&per_document);
  std::vector<V> kept;
  for (const auto& names : per_document) {
    kept.emplace_back();
    for (const auto& n : names) kept.back().push_back(n.text);
  }
  CHECK(kept == std::vector<V>{{"Tayler Mane"}, {}, {"pont de Vardenne", "TAYLER MANE"}, {}});
}

TEST_CASE("a place preposition and a number are no numbered name", "[extract][subjects]") {
  const V at = claims_of({"At 5 ft 9 in tall, Corin Aldous led the team."});
  REQUIRE(at.size() == 1);
  CHECK(at[0].rfind("- measure.height", 0) == 0);
  const V named = claims_of({"The Velora 6 rocket is 62 m tall."});
  REQUIRE(named.size() == 1);
  CHECK(named[0].rfind("velora-6 measure.height", 0) == 0);
}

TEST_CASE("a name without head noun after an agent or place word is not what the claim is about", "[extract][subjects]") {
  CHECK(claims_of({"Tomas Vellard spoke. The trust was founded in 2018 by Tomas Vellard.",
                   "Tomas Vellard spoke. The trust was founded in 2019 by Tomas Vellard."}) ==
        V{"- event.founding 2018", "- event.founding 2019"});
  CHECK(claims_of({"Tomas Vellard was born in 1980.", "Tomas Vellard was born in 1981 by the sea."}) ==
        V{"tomas-vellard event.birth 1980", "tomas-vellard event.birth 1981"});
}
