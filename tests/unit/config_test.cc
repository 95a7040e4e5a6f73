// .checker.json: discovery upwards, validation with JSON pointers, ignore patterns, severities.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "checker/cli/config.h"

namespace fs = std::filesystem;

namespace {

// A fresh project directory under the system temp dir, with `text` as its .checker.json.
fs::path project(const std::string& name, const std::string& text) {
  const fs::path dir = fs::temp_directory_path() / "checker-config-test" / name;
  fs::remove_all(dir);
  fs::create_directories(dir / "sub" / "deeper");
  std::ofstream(dir / ".checker.json", std::ios::binary) << text;
  return dir;
}

checker::Finding finding(const std::string& rule) {
  checker::Finding f;
  f.rule = rule;
  f.severity = checker::Severity::kWarning;
  return f;
}

}  // namespace

TEST_CASE("the nearest .checker.json is found upwards") {
  const fs::path dir = project("find", "{}");
  CHECK(checker::find_config((dir / "sub" / "deeper").string()) == (dir / ".checker.json").string());
  CHECK(checker::find_config(dir.string()) == (dir / ".checker.json").string());
}

TEST_CASE("a configuration with comments: paths and rules resolve against its directory") {
  const fs::path dir = project("full",
                               "// settings\n{\n  \"paths\": [\"docs/\"], /* default inputs */\n"
                               "  \"ignore\": [\"drafts/*\"], \"rules\": \"my-rules\",\n"
                               "  \"severity\": {\"milestone-slip\": \"error\", \"status-conflict\": \"off\"},\n"
                               "  \"fail_on\": \"note\"\n}\n");
  const auto c = checker::load_config((dir / ".checker.json").string(), (dir / "sub").string());
  REQUIRE(c.ok());
  CHECK(c.value().paths == std::vector<std::string>{"../docs/"});
  CHECK(c.value().ignore == std::vector<std::string>{"drafts/*"});
  CHECK(c.value().rules == std::optional<std::string>("../my-rules"));
  CHECK(c.value().fail_on == std::optional<std::string>("note"));
  CHECK(c.value().severity.at("status-conflict") == "off");
}

TEST_CASE("configuration errors name the file, the JSON pointer and what is allowed") {
  auto error_of = [](const std::string& name, const std::string& text) {
    const fs::path dir = project(name, text);
    const auto c = checker::load_config((dir / ".checker.json").string(), dir.string());
    REQUIRE_FALSE(c.ok());
    CHECK(c.error().file == (dir / ".checker.json").string());
    return c.error().where + " " + c.error().message;
  };
  CHECK(error_of("unknown", R"({"colour": "red"})") ==
        "/colour unknown key 'colour'; allowed: paths, ignore, rules, severity, fail_on");
  CHECK(error_of("paths", R"({"paths": "docs"})") == "/paths expected an array of strings");
  CHECK(error_of("ignore", R"({"ignore": ["a", 3]})") == "/ignore/1 expected a non-empty string");
  CHECK(error_of("severity", R"({"severity": {"x": "loud"}})") ==
        "/severity/x expected one of \"error\", \"warning\", \"note\", \"off\"");
  CHECK(error_of("fail-on", R"({"fail_on": 1})") == "/fail_on expected one of \"error\", \"warning\", \"note\", \"none\"");
  CHECK(error_of("syntax", "{\n  \"paths\": [,]\n}").rfind("2:13 invalid JSON: ", 0) == 0);
  const auto missing = checker::load_config("/nonexistent/.checker.json", "/");
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().to_string() == "/nonexistent/.checker.json: configuration file not found");
}

TEST_CASE("ignore patterns match the whole path or a trailing part of it") {
  CHECK(checker::is_ignored("seeds/drafts/a.txt", {"drafts/*"}));
  CHECK(checker::is_ignored("seeds/002_x.txt", {"002_*"}));
  CHECK(checker::is_ignored("seeds/a.md", {"*.md"}));
  CHECK_FALSE(checker::is_ignored("seeds/a.txt", {"*.md", "drafts/*"}));
  CHECK_FALSE(checker::is_ignored("seeds/a.txt", {}));
}

TEST_CASE("severities replace the engine's, and off drops the finding") {
  const auto out = checker::apply_severity({finding("a"), finding("b"), finding("c")}, {{"a", "error"}, {"b", "off"}});
  REQUIRE(out.size() == 2);
  CHECK(out[0].rule == "a");
  CHECK(out[0].severity == checker::Severity::kError);
  CHECK(out[1].rule == "c");
  CHECK(out[1].severity == checker::Severity::kWarning);
}
