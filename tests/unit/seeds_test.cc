// The audit of seeds/: the Baiterek schedule slip, the Baikonur status change, and silence on
// the traps listed in ../shared/seeds/README.md.
#include <catch2/catch.hpp>

#include "support.h"

using checker::Claim;
using checker::Finding;
using checker::Modality;
using checker::testing::audit_paths;

namespace {

const checker::testing::Run& seeds() {
  static const auto run = audit_paths({"seeds/"});
  return run;
}

const Finding* find(const std::string& kind, const std::string& subject) {
  for (const Finding& f : seeds().result.findings)
    if (f.kind == kind && f.subject_id == subject) return &f;
  return nullptr;
}

std::string doc(const Claim& c) { return seeds().corpus.documents[c.document].path; }
std::string quote(const Claim& c) {
  return seeds().corpus.documents[c.document].text.substr(c.span.start, c.span.end - c.span.start);
}

}  // namespace

TEST_CASE("seeds: five documents with their front-matter metadata", "[seeds]") {
  const auto& docs = seeds().corpus.documents;
  REQUIRE(docs.size() == 5);
  CHECK(seeds().corpus.skipped.empty());
  CHECK(docs[0].path == "seeds/000_915ac5c5f235a9a9.txt");
  CHECK(docs[0].date->timex() == "2025-11-09");
  CHECK(docs[1].date->timex() == "2023-11");
  CHECK(docs[2].date->timex() == "2022-08");
  CHECK(docs[3].date->timex() == "2026-02");
  CHECK(docs[4].date->timex() == "2025-06-23");
  for (const auto& d : docs) {
    CHECK(d.lang == "fr");
    CHECK(d.date_source == "front-matter");
  }
}

TEST_CASE("seeds: Baiterek schedule slip 2023 -> 2024 -> 2025-12 with quotes", "[seeds]") {
  const Finding* f = find("schedule-slip", "baiterek");
  REQUIRE(f != nullptr);
  CHECK(f->status == "slip");
  CHECK(f->severity == checker::Severity::kWarning);
  CHECK(f->subject_name == "Baiterek");
  CHECK(f->message == "Baiterek: milestone target moved 2023 → 2024 → 2025-12 across 2 documents");
  REQUIRE(f->claims.size() == 4);
  const Claim& initial = f->claims[0];
  CHECK(initial.value.date.timex() == "2023");
  CHECK(initial.modality == Modality::kInitial);
  CHECK(doc(initial) == "seeds/002_c429034b85c2b96c.txt");
  CHECK(quote(initial) == "initialement fixée de 2023 pour le premier lancement");
  CHECK(f->claims[1].value.date.timex() == "2024");
  CHECK(f->claims[1].modality == Modality::kPostponed);
  CHECK(quote(f->claims[1]) ==
        "reporter le début du premier lancement d'essai dans le cadre du projet Baiterek à 2024");
  CHECK(f->claims[2].value.date.timex() == "2024");
  CHECK(f->claims[2].modality == Modality::kPostponed);
  const Claim& service = f->claims[3];
  CHECK(service.value.date.timex() == "2025-12");
  CHECK(service.modality == Modality::kPlanned);
  CHECK(service.attribute == "milestone.service-entry");
  CHECK(doc(service) == "seeds/000_915ac5c5f235a9a9.txt");
  CHECK(quote(service) ==
        "ce projet représente un investissement de 1,3 milliard de dollars et devrait entrer en "
        "service en décembre 2025");
}

TEST_CASE("seeds: Baikonur operated (2023) then no longer operational (2026) is a change", "[seeds]") {
  const Finding* f = find("status-conflict", "baikonur");
  REQUIRE(f != nullptr);
  CHECK(f->status == "change");
  CHECK(f->severity == checker::Severity::kWarning);
  REQUIRE(f->claims.size() == 2);
  CHECK(doc(f->claims[0]) == "seeds/001_855e7bb5014c4b67.txt");
  CHECK(f->claims[0].value.status == "operational");
  CHECK(quote(f->claims[0]) == "exploiter conjointement le cosmodrome de Baïkonour");
  CHECK(doc(f->claims[1]) == "seeds/003_d30f7943c14984aa.txt");
  CHECK(f->claims[1].value.status == "not-operational");
  REQUIRE(f->claims[1].event.has_value());
  CHECK(f->claims[1].event->timex() == "2025-11-27");
}

TEST_CASE("seeds: exactly two findings, both warnings", "[seeds]") {
  CHECK(seeds().result.findings.size() == 2);
  for (const Finding& f : seeds().result.findings) CHECK(f.severity == checker::Severity::kWarning);
}

TEST_CASE("seeds trap: 1.747 km² (New Spaceport) vs 6 717 km² (Baikonur) are two subjects", "[seeds][traps]") {
  // Both areas are extracted and bound to their own subject; no conflict between them.
  const Claim* spaceport = nullptr;
  const Claim* baikonur = nullptr;
  for (const Claim& c : seeds().result.claims) {
    if (c.attribute != "measure.area") continue;
    if (c.subject_id == "new-spaceport") spaceport = &c;
    if (c.subject_id == "baikonur") baikonur = &c;
  }
  REQUIRE(spaceport != nullptr);
  REQUIRE(baikonur != nullptr);
  CHECK(spaceport->value.amount == Approx(1747));
  CHECK(baikonur->value.amount == Approx(6717));
  CHECK(find("value-conflict", "new-spaceport") == nullptr);
  CHECK(find("value-conflict", "baikonur") == nullptr);
}

TEST_CASE("seeds trap: 15 % vs 20 % and 20,3 % (2022) vs 11 % (2025) raise nothing", "[seeds][traps]") {
  for (const Finding& f : seeds().result.findings) {
    CHECK(f.attribute.rfind("economy", 0) != 0);
    for (const Claim& c : f.claims) CHECK(c.value.type != checker::ValueType::kPercent);
  }
  // The inflation figures are read with their own valid times.
  std::vector<std::string> years;
  for (const Claim& c : seeds().result.claims)
    if (c.attribute == "economy.inflation" && c.as_of) years.push_back(c.as_of->timex());
  CHECK(years == std::vector<std::string>{"2022", "2025"});
}
