// Rule packs: the default pack loads; malformed files are errors naming the file and the place.
#include <filesystem>
#include <fstream>

#include <unistd.h>

#include <catch2/catch.hpp>

#include "checker/engine/rule_pack.h"
#include "support.h"

namespace fs = std::filesystem;
using checker::Diagnostics;
using checker::load_rule_pack;

namespace {

// A copy of the default rules with one file replaced.
struct PackCopy {
  fs::path dir;
  explicit PackCopy(const std::string& tag) {
    dir = fs::temp_directory_path() / ("checker-rules-" + tag + "-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::copy(std::string(CHECKER_SOURCE_DIR) + "/rules", dir, fs::copy_options::recursive);
  }
  ~PackCopy() { fs::remove_all(dir); }
  void write(const std::string& relative, const std::string& text) const {
    std::ofstream(dir / relative, std::ios::binary) << text;
  }
  std::vector<std::string> errors() const {
    Diagnostics errors;
    load_rule_pack(dir.string(), &errors);
    std::vector<std::string> out;
    for (const auto& e : errors) out.push_back(fs::path(e.file).filename().string() + ":" + e.where + ": " + e.message);
    return out;
  }
};

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("the default rule pack loads", "[rules]") {
  const auto& pack = checker::testing::default_pack();
  CHECK(pack.lexicons.count("fr") == 1);
  CHECK(pack.lexicons.count("en") == 1);
  CHECK(pack.rules.size() == 3);
  CHECK(pack.entities.size() >= 3);
}

TEST_CASE("invalid JSON is reported with line and column", "[rules][errors]") {
  PackCopy p("json");
  p.write("checks/default.json", "{\n  \"rules\": [\n    {\"id\": \"x\",, }\n  ]\n}\n");
  const auto e = p.errors();
  REQUIRE(e.size() == 1);
  CHECK(e[0] == "default.json:3:16: invalid JSON: syntax error while parsing object key - unexpected ','; "
                "expected string literal");
}

TEST_CASE("an unknown kind names the allowed kinds", "[rules][errors]") {
  PackCopy p("kind");
  p.write("checks/default.json", R"({"rules": [{"id": "x", "kind": "slip", "severity": "warning"}]})");
  CHECK(p.errors() == V{"default.json:/rules/0/kind: unknown kind \"slip\" (allowed: schedule-slip, "
                        "status-conflict, value-conflict)"});
}

TEST_CASE("wrong types and bad parameters name the JSON pointer", "[rules][errors]") {
  PackCopy p("types");
  p.write("checks/default.json", R"({"rules": [
    {"id": "Bad Id", "kind": "schedule-slip", "severity": "fatal", "params": {"family": 3}},
    {"id": "ok", "kind": "value-conflict", "params": {"families": []}}
  ]})");
  CHECK(p.errors() == V{
                          "default.json:/rules/0/id: rule ids are kebab-case (a-z, 0-9, '-'), found \"Bad Id\"",
                          "default.json:/rules/0/severity: 'severity' must be one of error, warning, note; found \"fatal\"",
                          "default.json:/rules/0/params/family: required, the attribute family to follow (a string such as \"milestone\")",
                          "default.json:/rules/1/params/families: required, a non-empty array of attribute families such as [\"measure\"]",
                      });
}

TEST_CASE("a language pack with a wrong type is rejected with its pointer", "[rules][errors]") {
  PackCopy p("lang");
  p.write("lang/en.json", R"({"lang": "en", "attributes": [{"id": "a", "family": "f", "value": "colour", "cues": ["x"]}]})");
  CHECK(p.errors() == V{"en.json:/attributes/0/value: 'value' must be one of date, quantity, amount, percent, number; found \"colour\""});
}

TEST_CASE("comments are allowed in rule files", "[rules]") {
  PackCopy p("comments");
  p.write("checks/default.json", "// a comment\n{\"rules\": [ /* none */ ]}\n");
  CHECK(p.errors().empty());
}

TEST_CASE("a lifespan names two date attributes of its pack", "[rules][errors]") {
  PackCopy p("lifespan");
  p.write("lang/en.json", R"({"lang": "en", "attributes": [{"id": "a.born", "family": "event", "value": "date", "cues": ["born"]},
                              {"id": "a.size", "family": "measure", "value": "number", "cues": ["size"]}],
                              "lifespan": ["a.born", "a.size"]})");
  CHECK(p.errors() == V{"en.json:/lifespan/1: 'a.size' is not a date attribute of this pack"});
  p.write("lang/en.json", R"({"lang": "en", "attributes": [{"id": "a.born", "family": "event", "value": "date", "cues": ["born"]}],
                              "lifespan": ["a.born"]})");
  CHECK(p.errors() == V{"en.json:/lifespan: 'lifespan' names two date attributes: the first and the last date of \"(date – date)\""});
}

TEST_CASE("split cues are phrase pairs, range and split cues are for dates, counts need plurals", "[rules][errors]") {
  PackCopy p("split-cues");
  p.write("lang/en.json", R"({"lang": "en", "attributes": [{"id": "a.start", "family": "event", "value": "date",
                              "cues": ["began"], "split_cues": [["production of"]]}]})");
  CHECK(p.errors() == V{"en.json:/attributes/0/split_cues/0: a split cue is two phrases, what comes before and after "
                        "the words it spans: [\"production of\", \"began\"]"});
  p.write("lang/en.json", R"({"lang": "en", "attributes": [{"id": "a.size", "family": "measure", "value": "number",
                              "cues": ["size"], "range_cues": ["size"]}]})");
  CHECK(p.errors() == V{"en.json:/attributes/0: 'range_cues' and 'split_cues' are for date attributes only"});
  p.write("lang/en.json", R"({"lang": "en", "attributes": [{"id": "a.share", "family": "measure", "value": "percent",
                              "cues": ["share"], "bare_value_cues": ["got"]}]})");
  CHECK(p.errors() == V{"en.json:/attributes/0/bare_value_cues: 'bare_value_cues' must be an object: "
                        "{\"cues\": [...], \"unless_followed_by\": [...]}"});
  p.write("lang/en.json", R"({"lang": "en", "attributes": [{"id": "a.share", "family": "measure", "value": "percent",
                              "bare_value_cues": {"cues": ["got"]}}]})");
  CHECK(p.errors().size() == 1);
  CHECK(p.errors()[0].rfind("en.json:/attributes/0/bare_value_cues", 0) == 0);
  CHECK(p.errors()[0].find("unless_followed_by") != std::string::npos);
  p.write("lang/en.json", R"({"lang": "en", "attributes": [], "counts": {"attribute_prefix": "count."}})");
  CHECK(p.errors() == V{"en.json:/counts/plurals: 'plurals' is required: an object of plural ending -> singular "
                        "ending, e.g. {\"s\": \"\"}"});
}
