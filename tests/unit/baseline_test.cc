// Baselines: which findings a recorded id hides, the file's exact bytes, and its errors.
#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "checker/cli/baseline_file.h"
#include "checker/engine/baseline.h"

using checker::Finding;

namespace {

Finding finding(const std::string& id, const std::string& rule) {
  Finding f;
  f.id = id;
  f.rule = rule;
  f.subject_name = "pont de Vardenne";
  f.message = "moved";
  return f;
}

std::string temp_file(const std::string& name, const std::string& text) {
  const auto dir = std::filesystem::temp_directory_path() / "checker-baseline-test";
  std::filesystem::create_directories(dir);
  const std::string path = (dir / name).string();
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

}  // namespace

TEST_CASE("a baseline hides the findings whose id it records, in order") {
  const std::vector<Finding> all{finding("b2", "r"), finding("a1", "r"), finding("c3", "r")};
  const auto split = checker::apply_baseline(all, {"a1", "c3", "gone"});
  REQUIRE(split.shown.size() == 1);
  CHECK(split.shown[0].id == "b2");
  REQUIRE(split.hidden.size() == 2);
  CHECK(split.hidden[0].id == "a1");
  CHECK(split.hidden[1].id == "c3");
}

TEST_CASE("an empty baseline hides nothing") {
  const auto split = checker::apply_baseline({finding("a1", "r")}, {});
  CHECK(split.shown.size() == 1);
  CHECK(split.hidden.empty());
}

TEST_CASE("the baseline file is sorted by id, one entry per id") {
  const std::string text = checker::render_baseline({finding("b2", "slip"), finding("a1", "status"), finding("a1", "status")});
  CHECK(text ==
        "{\n"
        "  \"version\": 1,\n"
        "  \"tool\": \"checker\",\n"
        "  \"findings\": [\n"
        "    {\n"
        "      \"id\": \"a1\",\n"
        "      \"rule\": \"status\",\n"
        "      \"subject\": \"pont de Vardenne\",\n"
        "      \"message\": \"moved\"\n"
        "    },\n"
        "    {\n"
        "      \"id\": \"b2\",\n"
        "      \"rule\": \"slip\",\n"
        "      \"subject\": \"pont de Vardenne\",\n"
        "      \"message\": \"moved\"\n"
        "    }\n"
        "  ]\n"
        "}\n");
  CHECK(checker::render_baseline({}) == "{\n  \"version\": 1,\n  \"tool\": \"checker\",\n  \"findings\": []\n}\n");
}

TEST_CASE("a rendered baseline reads back as its ids") {
  const std::string path = temp_file("round.json", checker::render_baseline({finding("b2", "r"), finding("a1", "r")}));
  const auto ids = checker::read_baseline(path);
  REQUIRE(ids.ok());
  CHECK(ids.value() == std::set<std::string>{"a1", "b2"});
}

TEST_CASE("baseline errors name the file and the place") {
  const auto missing = checker::read_baseline("/nonexistent/baseline.json");
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().to_string() == "/nonexistent/baseline.json: baseline file not found");

  const std::string bad = temp_file("bad.json", "{\n  \"version\": 1,\n  \"findings\": [,]\n}\n");
  const auto malformed = checker::read_baseline(bad);
  REQUIRE_FALSE(malformed.ok());
  CHECK(malformed.error().where == "3:16");
  CHECK(malformed.error().message.rfind("invalid JSON: ", 0) == 0);

  const auto version = checker::read_baseline(temp_file("v2.json", R"({"version": 2, "findings": []})"));
  REQUIRE_FALSE(version.ok());
  CHECK(version.error().where == "/version");

  const auto id = checker::read_baseline(temp_file("id.json", R"({"version": 1, "findings": [{"id": "a"}, {"rule": "r"}]})"));
  REQUIRE_FALSE(id.ok());
  CHECK(id.error().where == "/findings/1/id");
  CHECK(id.error().message == "expected a non-empty string (a finding id)");
}
