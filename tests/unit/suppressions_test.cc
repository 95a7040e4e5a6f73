// Suppression comments: which lines they cover, which findings they hide, stale and bad comments.
#include <catch2/catch.hpp>

#include "checker/engine/suppressions.h"

using checker::Document;
using checker::Finding;

namespace {

Document doc(const std::string& path, const std::string& text) {
  Document d;
  d.path = path;
  d.text = text;
  return d;
}

// A finding of `rule` with one claim starting at the first byte of `needle` in document 0.
Finding finding_at(const std::string& rule, const Document& d, const std::string& needle) {
  static checker::ClaimList claims;  // findings refer to their claims: these outlive every test
  Finding f;
  f.rule = rule;
  checker::Claim& c = claims.emplace_back();
  c.document = 0;
  c.span.start = static_cast<uint32_t>(d.text.find(needle));
  c.span.end = static_cast<uint32_t>(c.span.start + needle.size());
  f.claims.push_back(c);
  return f;
}

}  // namespace

TEST_CASE("disable-next-line covers the next line only, for its rule") {
  const std::vector<Document> docs{doc("a.md",
                                       "intro\n"
                                       "<!-- checker-disable-next-line slip reason: confirmed -->\n"
                                       "opens in 2024\n"
                                       "opens in 2025\n")};
  const auto scan = checker::scan_suppressions(docs);
  REQUIRE(scan.errors.empty());
  REQUIRE(scan.suppressions.size() == 1);
  CHECK(scan.suppressions[0].line == 2);
  CHECK(scan.suppressions[0].first_line == 3);
  CHECK(scan.suppressions[0].last_line == 3);
  const auto split = checker::apply_suppressions(
      {finding_at("slip", docs[0], "2024"), finding_at("slip", docs[0], "2025"), finding_at("other", docs[0], "2024")},
      scan, docs);
  REQUIRE(split.suppressed.size() == 1);
  CHECK(split.suppressed[0].rule == "slip");
  REQUIRE(split.shown.size() == 2);
  CHECK(split.stale.empty());
}

TEST_CASE("disable … enable covers the lines between, or to the end without an enable") {
  const std::vector<Document> docs{doc("a.md",
                                       "<!-- checker-disable slip reason: known -->\n"
                                       "in 2024\n"
                                       "<!-- checker-enable slip -->\n"
                                       "in 2025\n"
                                       "<!-- checker-disable slip reason: also known -->\n"
                                       "in 2026\n")};
  const auto scan = checker::scan_suppressions(docs);
  REQUIRE(scan.errors.empty());
  REQUIRE(scan.suppressions.size() == 2);
  CHECK(scan.suppressions[0].first_line == 1);
  CHECK(scan.suppressions[0].last_line == 3);
  CHECK(scan.suppressions[1].first_line == 5);
  CHECK(scan.suppressions[1].last_line == 7);
  const auto split = checker::apply_suppressions(
      {finding_at("slip", docs[0], "2024"), finding_at("slip", docs[0], "2025"), finding_at("slip", docs[0], "2026")},
      scan, docs);
  CHECK(split.suppressed.size() == 2);
  REQUIRE(split.shown.size() == 1);
  CHECK(split.shown[0].claims[0].span.start == docs[0].text.find("2025"));
}

TEST_CASE("a suppression that hides nothing is stale, named by file and line") {
  Document d = doc("b.md", "<!-- checker-disable-next-line slip reason: gone -->\nnothing here\n");
  d.line_base = 5;  // front matter above the body
  const std::vector<Document> docs{d};
  const auto split = checker::apply_suppressions({}, checker::scan_suppressions(docs), docs);
  REQUIRE(split.stale.size() == 1);
  CHECK(split.stale[0].to_string() == "b.md:5: stale suppression of slip: it suppresses no finding");
}

TEST_CASE("a suppression without a reason, or an enable without a disable, is an error") {
  const std::vector<Document> docs{doc("c.md",
                                       "x <!-- checker-disable-next-line slip -->\n"
                                       "<!-- checker-disable slip reason: -->\n"
                                       "<!-- checker-enable other -->\n")};
  const auto scan = checker::scan_suppressions(docs);
  CHECK(scan.suppressions.empty());
  REQUIRE(scan.errors.size() == 3);
  CHECK(scan.errors[0].to_string() ==
        "c.md:1:3: checker-disable-next-line slip needs a reason: <!-- checker-disable-next-line slip reason: why -->");
  CHECK(scan.errors[1].where == "2:1");
  CHECK(scan.errors[2].to_string() == "c.md:3:1: checker-enable other without a checker-disable other before it");
}
