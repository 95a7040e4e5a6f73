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
