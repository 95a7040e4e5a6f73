// One trie for many phrase lists: each list's hits are those its own PhraseMatcher finds.
#include <catch2/catch.hpp>

#include "checker/extract/cue_set.h"
#include "checker/extract/phrase_matcher.h"
#include "checker/text/fold.h"

using checker::CueSet;
using checker::PhraseHit;

namespace {

std::vector<std::tuple<size_t, size_t, size_t>> plain(const std::vector<PhraseHit>& hits) {
  std::vector<std::tuple<size_t, size_t, size_t>> out;
  for (const auto& h : hits) out.emplace_back(h.start, h.end, h.index);
  return out;
}

}  // namespace

TEST_CASE("cue set: every list's hits in one pass", "[extract]") {
  CueSet cues;
  const size_t launch = cues.add({"premier lancement", "lancement"});
  const size_t service = cues.add({"mise en service", "service"});
  const size_t empty = cues.add({});
  cues.finish();
  const std::string text = checker::fold("Le Premier  Lancement et la mise en service; relancement");
  const auto hits = cues.find_all(text);
  REQUIRE(hits.size() == 3);
  // "premier  lancement" with two spaces is one hit of the longer phrase; "relancement" is none.
  CHECK(plain(hits[launch]) == std::vector<std::tuple<size_t, size_t, size_t>>{{3, 21, 0}});
  CHECK(plain(hits[service]) == std::vector<std::tuple<size_t, size_t, size_t>>{{28, 43, 0}});
  CHECK(hits[empty].empty());
}

TEST_CASE("cue set: the longest phrase at a place decides, as in one RE2 alternation", "[extract]") {
  // At "prevu au", "prevu a" is the longest phrase and fails its right boundary: the shorter
  // "prevu" there is not taken (RE2's leftmost-first alternation does the same); a list that
  // has only "prevu" finds it.
  const std::vector<std::string> both{"prevu", "prevu a"}, short_only{"prevu"};
  CueSet cues;
  const size_t a = cues.add(both), b = cues.add(short_only);
  cues.finish();
  const std::string text = "il est prevu au printemps, prevu a l'automne";
  const auto hits = cues.find_all(text);
  CHECK(plain(hits[a]) == plain(checker::PhraseMatcher(both).find_all(text)));
  CHECK(plain(hits[a]) == std::vector<std::tuple<size_t, size_t, size_t>>{{27, 34, 1}});
  CHECK(plain(hits[b]) == std::vector<std::tuple<size_t, size_t, size_t>>{{7, 12, 0}, {27, 32, 0}});
  CHECK(plain(hits[b]) == plain(checker::PhraseMatcher(short_only).find_all(text)));
}

TEST_CASE("cue set: a letter next to a digit is a boundary, a phrase listed twice keeps its first index",
          "[extract]") {
  CueSet cues;
  const size_t names = cues.add({"vardenne", "pont", "vardenne"});
  cues.finish();
  const auto hits = cues.find_all("le pont vardenne53(*) et vardennes");
  CHECK(plain(hits[names]) == std::vector<std::tuple<size_t, size_t, size_t>>{{3, 7, 1}, {8, 16, 0}});
}
