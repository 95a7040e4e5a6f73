// schedule-slip messages: which targets a slip names, on fixture corpora.
#include <catch2/catch.hpp>

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

TEST_CASE("a slip to late in a year from its first half is a move, and an earlier step does not end it",
          "[engine][schedule-slip]") {
  // Before: "end of 2026" read as the first half made more precise, and the first power of 2024
  // ended the chain: "moved end of 2025 → 2026-H1 → 2024-09".
  CHECK(slip_messages("tests/fixtures/schedule-slip/late-half") ==
        std::vector<std::string>{"Harbor Wind Farm: milestone target moved end of 2025 → 2026-H1 → end of 2026 across 3 documents"});
}

TEST_CASE("a target made more precise is not a move", "[engine][schedule-slip]") {
  // "prévue fin 2026" after "2026": the end of the year is inside it.
  CHECK(slip_messages("tests/fixtures/schedule-slip/now-expected") ==
        std::vector<std::string>{"terminal de Kerbanet: milestone target moved 2026 → 2027 across 2 documents"});
}
