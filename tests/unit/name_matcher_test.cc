// The subject index's name matcher: word boundaries, longest first, no overlaps.
#include <catch2/catch.hpp>

#include <string>

#include "checker/extract/name_matcher.h"

using checker::NameMatcher;

namespace {

std::string hits(const NameMatcher& m, const std::string& text) {
  std::string out;
  for (const auto& h : m.find_all(text))
    out += (out.empty() ? "" : " ") + text.substr(h.start, h.end - h.start) + "#" + std::to_string(h.index);
  return out;
}

}  // namespace

TEST_CASE("names match whole words, the longest first", "[extract][names]") {
  const NameMatcher m({"pont de vardenne", "vardenne", "ariane 6", "ariane"});
  CHECK(hits(m, "le pont de vardenne et vardenne") == "pont de vardenne#0 vardenne#1");
  CHECK(hits(m, "ariane 6 et ariane 5") == "ariane 6#2 ariane#3");
  CHECK(hits(m, "vardennes, avardenne") == "");              // not inside a word
  CHECK(hits(m, "vardenne53(*)") == "vardenne#1");            // a footnote digit is a boundary
  CHECK(hits(m, "pont  de   vardenne") == "pont  de   vardenne#0");  // runs of spaces
}

TEST_CASE("many names cost a lookup per word", "[extract][names]") {
  std::vector<std::string> names;
  for (int i = 0; i < 200000; ++i) names.push_back("site " + std::to_string(i));
  const NameMatcher m(names);
  CHECK(hits(m, "le site 199999 et le site 7") == "site 199999#199999 site 7#7");
}

TEST_CASE("equal names keep the first index, and names that share a first word each match", "[extract][names]") {
  // More names than the table's first size, sharing first words, so that probes collide.
  std::vector<std::string> names;
  for (int i = 0; i < 3000; ++i) names.push_back("pont " + std::to_string(i % 1000) + " de lanvel");
  names.push_back("pont");
  names.push_back("");           // dropped, as a name that does not start with a word
  names.push_back("  pont 5");   // dropped too
  const NameMatcher m(names);
  // 3000 names, 1000 distinct: each keeps its first index.
  CHECK(hits(m, "le pont 999 de lanvel, le pont 0 de lanvel") == "pont 999 de lanvel#999 pont 0 de lanvel#0");
  // The longest name that ends at a boundary, else the first word alone.
  CHECK(hits(m, "le pont 1000 de lanvel") == "pont#3000");
  CHECK(hits(m, "le pont 12 de lanvels") == "pont#3000");
  CHECK(hits(m, "ponts 12 de lanvel") == "");
}

TEST_CASE("a name is found past spans of other lengths from its first word", "[extract][names]") {
  // Spans from "centre" are looked up only at the lengths its names have (6 and 26 bytes, and a
  // name of 63 bytes or more).
  const std::string long_name = "centre national d'etudes spatiales et de recherche sur l'atmosphere";
  const NameMatcher m({"centre spatial de vardenne", "centre", long_name});
  CHECK(hits(m, "le centre spatial de kourou et le centre spatial de vardenne") ==
        "centre#1 centre spatial de vardenne#0");
  CHECK(hits(m, "au " + long_name + ".") == long_name + "#2");
  CHECK(hits(m, "les centres") == "");
}
