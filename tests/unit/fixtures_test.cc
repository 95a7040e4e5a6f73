// Every fixture corpus in tests/fixtures/<kind>/<case>/ yields exactly the findings listed in
// its expected.findings (one summary per line; '#' lines give the reason; empty = silent).
#include <algorithm>
#include <filesystem>
#include <sstream>

#include <catch2/catch.hpp>

#include "support.h"

namespace fs = std::filesystem;
using checker::testing::audit_paths;
using checker::testing::read_source_file;
using checker::testing::summaries;

TEST_CASE("fixture corpora yield exactly their expected findings", "[fixtures][engine]") {
  std::vector<std::string> cases;
  for (const auto& kind : fs::directory_iterator(std::string(CHECKER_SOURCE_DIR) + "/tests/fixtures"))
    for (const auto& c : fs::directory_iterator(kind.path()))
      if (fs::exists(c.path() / "expected.findings"))
        cases.push_back(fs::relative(c.path(), CHECKER_SOURCE_DIR).string());
  std::sort(cases.begin(), cases.end());
  REQUIRE(cases.size() >= 5);
  for (const std::string& dir : cases) {
    DYNAMIC_SECTION(dir) {
      std::vector<std::string> expected;
      std::istringstream in(read_source_file(dir + "/expected.findings"));
      std::string line;
      while (std::getline(in, line))
        if (!line.empty() && line[0] != '#') expected.push_back(line);
      std::sort(expected.begin(), expected.end());
      const auto run = audit_paths({dir});
      CHECK(run.corpus.skipped.empty());
      CHECK(summaries(run) == expected);
    }
  }
}
