// The claim builder on short texts: subjects, modality, negation, cited events, valid time.
#include <catch2/catch.hpp>

#include "checker/corpus/loader.h"
#include "checker/engine/audit.h"
#include "checker/engine/rule_pack.h"
#include "support.h"

namespace {

struct Built {
  checker::Document doc;
  std::vector<checker::Claim> claims;
};

Built build(const std::string& body, const std::string& date = "2024-01", const std::string& lang = "fr") {
  auto d = checker::make_document("t.md", "---\ndate: " + date + "\nlang: " + lang + "\n---\n" + body);
  REQUIRE(d.ok());
  Built b{d.value(), {}};
  const auto result = checker::run_audit({b.doc}, checker::testing::default_pack());
  b.claims.assign(result.claims.begin(), result.claims.end());
  return b;
}

std::string line(const Built&, const checker::Claim& c) {
  return (c.subject_id.empty() ? "-" : c.subject_id) + " " + c.attribute + " " + checker::testing::value_data(c.value) + " " +
         checker::modality_name(c.modality);
}

std::vector<std::string> lines(const Built& b) {
  std::vector<std::string> out;
  for (const auto& c : b.claims) out.push_back(line(b, c));
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("a discovered subject, its milestone and the modality cue", "[extract][claims]") {
  CHECK(lines(build("Le pont de Vardenne doit ouvrir en 2025.")) == V{"vardenne milestone.opening 2025 planned"});
  CHECK(lines(build("L'ouverture du pont de Vardenne est repoussée à 2026.")) ==
        V{"vardenne milestone.opening 2026 postponed"});
  CHECK(lines(build("Le pont de Vardenne a été inauguré en 2019.")) == V{"vardenne milestone.opening 2019 actual"});
}

TEST_CASE("without a modality cue, a date after the document's date is planned", "[extract][claims]") {
  CHECK(lines(build("Le pont de Vardenne ouvrira en 2027.", "2024-01")) == V{"vardenne milestone.opening 2027 planned"});
}

TEST_CASE("a place introduced by a preposition is not the subject", "[extract][claims]") {
  CHECK(lines(build("Lors d'une réunion à Baïkonour, le premier lancement du projet Baiterek a été reporté à 2024.")) ==
        V{"baiterek milestone.first-launch 2024 postponed"});
}

TEST_CASE("references back: demonstrative, definite description, pronoun", "[extract][claims]") {
  CHECK(lines(build("On construit le pont de Vardenne. Ce pont doit ouvrir en 2026.")) ==
        V{"vardenne milestone.opening 2026 planned"});
  CHECK(lines(build("Le pont de Vardenne enjambe la Loue. Le pont ouvrira en 2026.")) ==
        V{"vardenne milestone.opening 2026 planned"});
  CHECK(lines(build("Quant à la centrale de Morvel, les experts confirment qu'elle n'est plus opérationnelle.")) ==
        V{"morvel status.operational not-operational actual"});
}

TEST_CASE("a claim with no subject to bind stays unbound", "[extract][claims]") {
  CHECK(lines(build("L'inflation a atteint 20,3 % en 2022.")) == V{"- economy.inflation 20.3 % actual"});
}

TEST_CASE("negation flips a status, and a cited event is recorded", "[extract][claims]") {
  auto b = build("Après l'incendie du 3 janvier, la centrale de Morvel n'est plus opérationnelle.", "2024-02");
  REQUIRE(b.claims.size() == 1);
  CHECK(b.claims[0].value.status == "not-operational");
  REQUIRE(b.claims[0].event);
  CHECK(b.claims[0].event->timex() == "2024-01-03");
}

TEST_CASE("the valid time of a value is the date next to it", "[extract][claims]") {
  auto b = build("La capacité du port de Lisk atteignait 12 millions de tonnes en 2021.");
  REQUIRE(b.claims.size() == 1);
  CHECK(line(b, b.claims[0]) == "lisk measure.capacity 1.2e+07 t actual");
  REQUIRE(b.claims[0].as_of);
  CHECK(b.claims[0].as_of->timex() == "2021");
}

TEST_CASE("discovered names drop articles, possessives and trailing head nouns", "[extract][claims]") {
  CHECK(lines(build("Brightwater Airport's new terminal will open in late 2022.", "2021-02", "en")) ==
        V{"brightwater milestone.opening end of 2022 planned"});
  CHECK(lines(build("The new terminal at Brightwater Airport is scheduled to open in 2021.", "2019-04", "en")) ==
        V{"brightwater milestone.opening 2021 planned"});
}

TEST_CASE("counts and production", "[extract][claims]") {
  CHECK(lines(build("La ville de Tessby compte 12 400 habitants.")) == V{"tessby measure.population 12400 actual"});
  CHECK(lines(build("The Brightwater plant produces 40,000 tonnes a year.", "2024-01", "en")) ==
        V{"brightwater measure.production 40000 t actual"});
}

TEST_CASE("a definite description refers to a recent topic only", "[extract][claims]") {
  // "le pont" six sentences after the last sentence that opened with the bridge: no subject.
  CHECK(lines(build("Le pont de Vardenne enjambe la Loue. A. B. C. D. E. F. G. Le pont ouvrira en 2026.")) ==
        V{"- milestone.opening 2026 planned"});
}

TEST_CASE("English: head-last subject phrases and cues", "[extract][claims]") {
  CHECK(lines(build("The Halden Bay offshore wind farm is expected to enter service in 2022.", "2020-09", "en")) ==
        V{"halden-bay milestone.service-entry 2022 planned"});
  CHECK(lines(build("The Orvik bridge is no longer operational.", "2020-09", "en")) ==
        V{"orvik status.operational not-operational actual"});
}

namespace {

// With entities the packs are given (as an editor's own entity file would).
std::vector<std::string> with_entities(const std::vector<checker::Entity>& entities, const std::string& body,
                                       const std::string& lang = "en") {
  checker::Diagnostics errors;
  checker::RulePack pack = checker::load_rule_pack(std::string(CHECKER_SOURCE_DIR) + "/rules", &errors);
  REQUIRE(errors.empty());
  for (const auto& e : entities) pack.entities.push_back(e);
  auto d = checker::make_document("t.md", "---\ndate: 2024-01\nlang: " + lang + "\n---\n" + body);
  REQUIRE(d.ok());
  std::vector<std::string> out;
  for (const auto& c : checker::run_audit({d.value()}, pack).claims)
    out.push_back((c.subject_id.empty() ? "-" : c.subject_id) + " " + c.attribute + " " +
                  checker::testing::value_data(c.value) + " " + checker::modality_name(c.modality));
  return out;
}

std::vector<std::string> with_person(const std::string& body, const std::string& lang) {
  return with_entities({{"edda-halvorsen", "Edda Halvorsen", "person", {"Edda Halvorsen"}, false}}, body, lang);
}

}  // namespace

TEST_CASE("a life in parentheses: birth and death of the subject named before", "[extract][claims]") {
  CHECK(with_person("Edda Halvorsen (4 June 1881 – 19 October 1950) was a cartographer.", "en") ==
        V{"edda-halvorsen event.birth 1881-06-04 actual", "edda-halvorsen event.death 1950-10-19 actual"});
  CHECK(with_person("Edda Halvorsen (cartographe ; 1881-1950) a dressé la carte des fjords.", "fr") ==
        V{"edda-halvorsen event.birth 1881 actual", "edda-halvorsen event.death 1950 actual"});
  // A term of office, a war: too short for a life.
  CHECK(with_person("Edda Halvorsen (2017-2018) a présidé le Conseil.", "fr").empty());
}

TEST_CASE("a middle name between a person's two names", "[extract][claims]") {
  CHECK(with_person("Edda Marit Halvorsen was born on 4 June 1881.", "en") ==
        V{"edda-halvorsen event.birth 1881-06-04 actual"});
  // The first name alone before it: the search goes on to the next place it stands.
  CHECK(with_person("Edda wrote first. Edda Marit Halvorsen was born on 4 June 1881.", "en") ==
        V{"edda-halvorsen event.birth 1881-06-04 actual"});
  // Not a name: a lower-case word between.
  CHECK(with_person("Edda and Halvorsen were born on 4 June 1881.", "en") == V{"- event.birth 1881-06-04 actual"});
}

TEST_CASE("a place after 'at the' is not the subject", "[extract][claims]") {
  CHECK(lines(build("The Kessler telescope entered service in 1912 at the Arvon power station.", "2020-01", "en")) ==
        V{"kessler milestone.service-entry 1912 actual"});
}

TEST_CASE("a negation negates the status of its own clause only", "[extract][claims]") {
  CHECK(lines(build("La centrale de Morvel n'était plus opérationnelle, la centrale de Sorel reste en service.")) ==
        V{"morvel status.operational not-operational actual", "sorel status.operational operational actual"});
}

TEST_CASE("a count before a plural noun counts that noun", "[extract][claims]") {
  CHECK(lines(build("The Brightwater plant employs two elderly divers and 40 engineers.", "2024-01", "en")) ==
        V{"brightwater count.diver 2 actual", "brightwater count.engineer 40 actual"});
  CHECK(lines(build("Le centre de Maudane accueille deux grands chiens et trois chevaux.")) ==
        V{"maudane count.chien 2 actual", "maudane count.cheval 3 actual"});
  // Generic nouns, a name, a stop word, a lone unit: no count.
  CHECK(lines(build("The Brightwater plant was visited three times by 40 people, two of them twice.", "2024-01", "en"))
            .empty());
  CHECK(lines(build("Le centre de Maudane a reçu trois fois vingt personnes et deux Allemands.")).empty());
}

TEST_CASE("a period in another clause is not the date of a cue", "[extract][claims]") {
  CHECK(lines(build("During the boom of 1921-1929, the Dalmore museum was founded by ship owners.", "2024-01", "en"))
            .empty());
  CHECK(lines(build("During the boom of 1921-1929, the Dalmore museum was founded in 1924.", "2024-01", "en")) ==
        V{"dalmore event.founding 1924 actual"});
}

TEST_CASE("a name with a regnal number is written without its 'of <Place>'", "[extract][claims]") {
  const checker::Entity osric{"osric-ii-of-tarnholm", "Osric II of Tarnholm", "person", {"Osric II of Tarnholm"}, false};
  const checker::Entity other{"osric-ii-of-vell", "Osric II of Vell", "person", {"Osric II of Vell"}, false};
  CHECK(with_entities({osric}, "Ōsric II (1201–1250) ruled the valley.") ==
        V{"osric-ii-of-tarnholm event.birth 1201 actual", "osric-ii-of-tarnholm event.death 1250 actual"});
  // Two rulers shorten to one name: it names neither.
  CHECK(with_entities({osric, other}, "Osric II (1201–1250) ruled the valley.") ==
        V{"- event.birth 1201 actual", "- event.death 1250 actual"});
}
