// Each report format on one made-up schedule slip (three articles about the pont de Vardenne):
// where it points, what it links, how it counts. The seeds' full outputs are the goldens.
#include <catch2/catch.hpp>

#include "checker/report/claim_place.h"
#include "checker/report/report.h"
#include "checker/report/sarif_report.h"
#include "support.h"

using checker::ReportInput;
using checker::render_report;
using checker::testing::audit_paths;
using checker::testing::default_pack;

namespace {

const checker::testing::Run& vardenne() {
  static const auto run = audit_paths({"tests/fixtures/schedule-slip/vardenne/"});
  return run;
}

ReportInput input(const std::string& link_prefix = "") {
  const auto& run = vardenne();
  return ReportInput{run.corpus.documents, run.result, run.corpus.skipped, &default_pack().rules, link_prefix, 0, 0, {}, 0};
}

const std::string kDir = "tests/fixtures/schedule-slip/vardenne/";

size_t count(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("SARIF: one result at the newest claim, earlier claims linked as related locations", "[report][sarif]") {
  REQUIRE(vardenne().result.findings.size() == 1);
  const auto log = checker::sarif_report(input());
  CHECK(log["version"] == "2.1.0");
  const auto& run = log["runs"][0];
  CHECK(run["columnKind"] == "unicodeCodePoints");
  CHECK(run["tool"]["driver"]["rules"].size() == default_pack().rules.size());
  const auto& results = run["results"];
  REQUIRE(results.size() == 1);
  const auto& r = results[0];
  CHECK(r["ruleId"] == "milestone-slip");
  CHECK(run["tool"]["driver"]["rules"][r["ruleIndex"].get<size_t>()]["id"] == "milestone-slip");
  CHECK(r["level"] == "warning");
  CHECK(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == kDir + "a3.md");
  const auto& region = r["locations"][0]["physicalLocation"]["region"];
  CHECK(region["startLine"] == 6);
  CHECK(region["endLine"] == 6);
  CHECK(region["endColumn"].get<int>() > region["startColumn"].get<int>());
  REQUIRE(r["relatedLocations"].size() == 2);
  CHECK(r["relatedLocations"][0]["id"] == 1);
  CHECK(r["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"] == kDir + "a1.md");
  CHECK(r["relatedLocations"][1]["id"] == 2);
  CHECK(r["relatedLocations"][1]["physicalLocation"]["artifactLocation"]["uri"] == kDir + "a2.md");
  const std::string text = r["message"]["text"];
  CHECK(text.find("[2023 planned, reported 2021-03-02](1)") != std::string::npos);
  CHECK(text.find("[2024 postponed, reported 2022-05-10](2)") != std::string::npos);
  CHECK(r["partialFingerprints"]["primaryLocationLineHash"] == vardenne().result.findings[0].id);
}

TEST_CASE("SARIF rules describe the pack's rule instances", "[report][sarif]") {
  const auto rules = checker::sarif_report(input())["runs"][0]["tool"]["driver"]["rules"];
  const auto& slip = rules[0];
  CHECK(slip["id"] == "milestone-slip");
  CHECK(slip["name"] == "MilestoneSlip");
  CHECK(slip["shortDescription"]["text"] == "A milestone's planned date moved between documents");
  CHECK(slip["defaultConfiguration"]["level"] == "warning");
  const std::string help = slip["helpUri"];
  CHECK(help.size() > 30);
  CHECK(help.substr(help.size() - 29) == "/rules/kinds/schedule-slip.md");
}

TEST_CASE("JUnit: one failing test case per finding, at the newest claim's file", "[report][junit]") {
  const std::string xml = render_report("junit", input(), false);
  CHECK(count(xml, "<testsuite ") == 1);
  CHECK(count(xml, "<failure ") == 1);
  CHECK(xml.find("<testcase classname=\"milestone-slip\" name=\"pont de Vardenne slip " +
                 vardenne().result.findings[0].id + "\" file=\"" + kDir + "a3.md\" line=\"6\">") != std::string::npos);
  CHECK(xml.find(kDir + "a1.md:6:4: 2023 planned (reported 2021-03-02)") != std::string::npos);
}

TEST_CASE("GitHub: one command per finding at the newest claim, properties escaped", "[report][github]") {
  const std::string out = render_report("github", input(), false);
  CHECK(count(out, "\n") == 1);
  CHECK(out.rfind("::warning file=" + kDir + "a3.md,line=6,col=", 0) == 0);
  CHECK(out.find(",title=milestone-slip slip%3A pont de Vardenne::pont de Vardenne: milestone target moved") !=
        std::string::npos);
  CHECK(count(out, "%0A") == 3);  // the message, then one line per claim
}

TEST_CASE("Markdown and HTML link documents relative to the report file", "[report][markdown][html]") {
  const std::string md = render_report("markdown", input("../"), false);
  CHECK(md.find("| 1 | 2021-03-02 | 2023 | planned | [" + std::string("tests/fixtures/schedule-slip/vardenne/a1.md:6:4") +
                "](<../" + kDir + "a1.md#L6>) |") != std::string::npos);
  const std::string html = render_report("html", input("../"), false);
  CHECK(html.find("<a href=\"../" + kDir + "a1.md\">" + kDir + "a1.md</a>:6:4") != std::string::npos);
  CHECK(count(html, "<mark>") == 3);
  CHECK(count(html, "<svg class=\"timeline\"") == 1);
  CHECK(html.find("<script") == std::string::npos);
  const std::string plain = render_report("html", input(), false);
  CHECK(plain.find("<a href=\"" + kDir + "a1.md\">") != std::string::npos);
}

TEST_CASE("Formats are known by name and by extension", "[report]") {
  CHECK(checker::report_formats().size() == 7);
  CHECK(checker::format_for_path("out/r.sarif") == "sarif");
  CHECK(checker::format_for_path("r.xml") == "junit");
  CHECK(checker::format_for_path("r.md") == "markdown");
  CHECK(checker::format_for_path("r.html") == "html");
  CHECK(checker::format_for_path("r.github").empty());
}

TEST_CASE("A JSON Lines record points at its file", "[report]") {
  checker::Document d;
  d.path = "corpus/news.jsonl#a-17";
  CHECK(checker::document_file(d) == "corpus/news.jsonl");
  d.path = "notes#1.md";
  CHECK(checker::document_file(d) == "notes#1.md");
}

TEST_CASE("reports written in chunks are the bytes of the whole report", "[report]") {
  for (const std::string format : {"json", "text", "markdown"}) {
    std::string joined;
    size_t chunks = 0;
    checker::write_report(format, input(), false, [&](std::string_view piece) {
      joined += piece;
      ++chunks;
    });
    CHECK(joined == render_report(format, input(), false));
    CHECK(chunks == 1);  // small reports fit in one chunk
  }
  // A sink with a small chunk hands on every piece as soon as the chunk is full, in order.
  std::vector<std::string> pieces;
  {
    checker::ReportSink sink([&](std::string_view piece) { pieces.emplace_back(piece); }, 4);
    CHECK(sink.empty());
    sink += "abc";
    sink += 'd';
    CHECK(pieces == std::vector<std::string>{"abcd"});
    sink += "efgh";
    sink += "ij";
    CHECK(!sink.empty());
  }
  CHECK(pieces == std::vector<std::string>{"abcd", "efgh", "ij"});
}
