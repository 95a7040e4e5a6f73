// --changed-since: running git without a shell, and which findings touch a changed document.
#include <catch2/catch.hpp>

#include <filesystem>

#include "checker/cli/changed_files.h"
#include "checker/cli/subprocess.h"

using checker::ChangedFiles;
using checker::Document;
using checker::Finding;

namespace {

Document document(const std::string& path) {
  Document d;
  d.path = path;
  return d;
}

Finding finding(const std::string& rule, std::vector<size_t> documents) {
  static checker::ClaimList claims;  // findings refer to their claims: these outlive every test
  Finding f;
  f.rule = rule;
  for (size_t i : documents) {
    checker::Claim& c = claims.emplace_back();
    c.document = static_cast<uint32_t>(i);
    f.claims.push_back(c);
  }
  return f;
}

}  // namespace

TEST_CASE("run_process passes each argument as one word, with no shell in between") {
  checker::ProcessOutput out;
  std::string problem;
  REQUIRE(checker::run_process({"printf", "%s|", "a b", "main;touch x", "$(id)", "'q'"}, &out, &problem));
  CHECK(out.exit_code == 0);
  CHECK(out.out == "a b|main;touch x|$(id)|'q'|");
  CHECK(out.err.empty());
}

TEST_CASE("run_process reports the exit code and standard error of a failing program") {
  checker::ProcessOutput out;
  std::string problem;
  REQUIRE(checker::run_process({"sh", "-c", "echo out; echo err >&2; exit 3"}, &out, &problem));
  CHECK(out.exit_code == 3);
  CHECK(out.out == "out\n");
  CHECK(out.err == "err\n");
}

TEST_CASE("run_process: a program that is not on PATH cannot start") {
  checker::ProcessOutput out;
  std::string problem;
  CHECK_FALSE(checker::run_process({"checker-no-such-program"}, &out, &problem));
  CHECK(problem == "checker-no-such-program: not found on PATH");
}

TEST_CASE("a revision that looks like an option never reaches git") {
  const auto r = checker::changed_files_since("--output=/tmp/x");
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().to_string() ==
        "--changed-since '--output=/tmp/x': expected a git revision (a branch, tag or commit; not starting with '-')");
}

TEST_CASE("documents match changed files by where they are, however the path is written") {
  ChangedFiles changed;
  changed.paths.insert(checker::file_key("docs/a.md"));
  changed.paths.insert(checker::file_key("corpus.jsonl"));
  CHECK(checker::is_changed(document("docs/a.md"), changed));
  CHECK(checker::is_changed(document("./docs/../docs/a.md"), changed));
  CHECK(checker::is_changed(document((std::filesystem::current_path() / "docs/a.md").string()), changed));
  CHECK_FALSE(checker::is_changed(document("docs/b.md"), changed));
  // A JSON Lines record changes with its file.
  CHECK(checker::is_changed(document("corpus.jsonl#rec-7"), changed));
  CHECK_FALSE(checker::is_changed(document("other.jsonl#rec-7"), changed));
}

TEST_CASE("keep_changed keeps the findings with a claim in a changed document, in order") {
  const std::vector<Document> documents{document("a.md"), document("b.md"), document("c.md")};
  ChangedFiles changed;
  changed.paths.insert(checker::file_key("b.md"));
  std::vector<Finding> findings{finding("one", {0, 1}), finding("two", {0, 2}), finding("three", {2, 1})};
  size_t dropped = 0;
  const std::vector<Finding> kept = checker::keep_changed(findings, documents, changed, &dropped);
  REQUIRE(kept.size() == 2);
  CHECK(kept[0].rule == "one");
  CHECK(kept[1].rule == "three");
  CHECK(dropped == 1);
}
