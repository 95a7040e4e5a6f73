// Duckling-style value corpora (tests/corpora/values.*.txt): each positive surface form is
// exactly one mention with the expected value; negatives find nothing; "=>" lines list every
// mention of a sentence. The reference date is pinned in the file, never the system clock.
#include <catch2/catch.hpp>

#include <fmt/format.h>

#include <sstream>

#include "checker/extract/mentions.h"
#include "support.h"

namespace {

using checker::Mention;

std::string describe(const Mention& m) {
  if (!m.set.empty()) return "set " + m.set;
  if (!m.duration.empty()) return "duration " + m.duration;
  if (!m.time.empty()) return "time " + m.time;
  std::string out = std::string(checker::value_type_name(m.value.type)) + " " + checker::testing::value_data(m.value);
  if (m.value.lower || m.value.upper)
    out += fmt::format(" [{},{}] {}", m.value.lower ? fmt::format("{:g}", *m.value.lower) : "",
                       m.value.upper ? fmt::format("{:g}", *m.value.upper) : "", m.value.qualifier.str());
  return out;
}

std::string trim(const std::string& s) {
  const size_t b = s.find_first_not_of(' ');
  const size_t e = s.find_last_not_of(' ');
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

std::vector<std::string> split(const std::string& s, const std::string& sep) {
  std::vector<std::string> out;
  size_t from = 0;
  for (size_t at; (at = s.find(sep, from)) != std::string::npos; from = at + sep.size())
    out.push_back(trim(s.substr(from, at - from)));
  out.push_back(trim(s.substr(from)));
  return out;
}

// Runs one corpus file; returns the number of checked lines.
int run_corpus(const std::string& file) {
  std::istringstream in(checker::testing::read_source_file(file));
  std::optional<checker::PartialDate> now;
  checker::Lang lang = checker::Lang::kFr;
  checker::ScanOptions options;
  options.durations = true;
  options.times = true;
  std::string line;
  int checked = 0;
  while (std::getline(in, line)) {
    if (line.rfind("# now: ", 0) == 0) now = checker::parse_iso_date(trim(line.substr(7)));
    if (line.rfind("# lang: ", 0) == 0) lang = checker::lang_from_code(trim(line.substr(8)));
    if (line.empty() || line[0] == '#') continue;
    auto scan = [&](const std::string& text) {
      std::vector<std::string> got;
      for (const Mention& m : checker::scan_values(text, 0, text.size(), lang, now, options))
        got.push_back(text.substr(m.span.start, m.span.end - m.span.start) + " = " + describe(m));
      return got;
    };
    ++checked;
    INFO(file << ": " << line);
    if (line[0] == '!') {
      CHECK(scan(trim(line.substr(1))) == std::vector<std::string>{});
    } else if (line.find("=>") != std::string::npos) {
      const auto parts = split(line, "=>");
      const auto expected = parts[1].empty() ? std::vector<std::string>{} : split(parts[1], ";");
      CHECK(scan(parts[0]) == expected);
    } else {
      const auto parts = split(line, "|");
      for (size_t i = 1; i < parts.size(); ++i) CHECK(scan(parts[i]) == std::vector<std::string>{parts[i] + " = " + parts[0]});
    }
  }
  return checked;
}

}  // namespace

TEST_CASE("French value corpus", "[corpus][fr]") { CHECK(run_corpus("tests/corpora/values.fr.txt") > 40); }
TEST_CASE("English value corpus", "[corpus][en]") { CHECK(run_corpus("tests/corpora/values.en.txt") > 30); }
