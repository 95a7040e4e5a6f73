// Finding ids survive line moves and edits elsewhere in the documents.
#include <catch2/catch.hpp>

#include "checker/corpus/loader.h"
#include "checker/engine/audit.h"
#include "support.h"

namespace {

std::vector<std::string> ids(const std::string& a_body, const std::string& b_body) {
  auto a = checker::make_document("a.md", "---\ndate: 2021-01\n---\n" + a_body);
  auto b = checker::make_document("b.md", "---\ndate: 2022-01\n---\n" + b_body);
  REQUIRE(a.ok());
  REQUIRE(b.ok());
  std::vector<checker::Document> docs{a.value(), b.value()};
  auto result = checker::run_audit(docs, checker::testing::default_pack());
  std::vector<std::string> out;
  for (const auto& f : result.findings) out.push_back(f.id);
  return out;
}

}  // namespace

TEST_CASE("fingerprints ignore line moves and unrelated edits", "[engine][fingerprint]") {
  const auto base = ids("Le pont de Vardenne doit ouvrir en 2023.\n", "L'ouverture du pont de Vardenne est repoussée à 2024.\n");
  REQUIRE(base.size() == 1);
  CHECK(base[0].size() == 16);
  const auto moved = ids("Un chapeau.\n\n\nAutre chose ici.\n\nLe pont de Vardenne doit ouvrir en 2023.\n",
                         "L'ouverture du pont de Vardenne est repoussée à 2024.\n\nFin de l'article.\n");
  CHECK(moved == base);
  const auto changed = ids("Le pont de Vardenne doit ouvrir en 2023.\n", "L'ouverture du pont de Vardenne est repoussée à 2025.\n");
  REQUIRE(changed.size() == 1);
  CHECK(changed[0] != base[0]);
}
