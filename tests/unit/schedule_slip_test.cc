// schedule-slip messages: which targets a slip names, on fixture corpora.
#include <catch2/catch.hpp>

#include "checker/core/date.h"
#include "checker/engine/timeline.h"
#include "support.h"

using checker::testing::audit_paths;

namespace {

std::vector<std::string> slip_messages(const std::string& dir) {
  std::vector<std::string> out;
  for (const auto& f : audit_paths({dir}).result.findings)
    if (f.kind == "schedule-slip") out.push_back(f.message);
  return out;
}

}  // namespace

TEST_CASE("a slip to late in a year from its first half is a move", "[engine][schedule-slip]") {
  // Before: "end of 2026" read as the first half made more precise: "moved end of 2025 → 2026-H1".
  CHECK(slip_messages("tests/fixtures/schedule-slip/late-half") ==
        std::vector<std::string>{"Harbor Wind Farm: milestone target moved end of 2025 → 2026-H1 → end of 2026 across 3 documents"});
}

TEST_CASE("a target made more precise is not a move", "[engine][schedule-slip]") {
  // "prévue fin 2026" after "2026": the end of the year is inside it.
  CHECK(slip_messages("tests/fixtures/schedule-slip/now-expected") ==
        std::vector<std::string>{"terminal de Kerbanet: milestone target moved 2026 → 2027 across 2 documents"});
}

TEST_CASE("targets with a start, middle or end are one target when they overlap", "[engine][schedule-slip]") {
  const auto date = [](const char* iso, const char* mod) {
    auto d = *checker::parse_iso_date(iso);
    d.mod = mod;
    return d;
  };
  using checker::same_target;
  CHECK_FALSE(same_target(date("2026", "END"), date("2026-01", "")));      // late 2026, January 2026
  CHECK(same_target(date("2026", "END"), date("2026-09", "")));            // late 2026, September 2026
  CHECK(same_target(date("2026", "END"), date("2026-12", "")));
  CHECK(same_target(date("2026", "MID"), date("2026-05", "")));            // mid-2026, May
  CHECK_FALSE(same_target(date("2025", "END"), date("2026", "START")));    // late 2025, early 2026
  CHECK(same_target(date("2026", ""), date("2026-03", "")));               // a year holds its months
  CHECK_FALSE(same_target(date("2026-03", ""), date("2026-04", "")));
}
