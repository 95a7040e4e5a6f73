// The memo of the number grammars (checker/parse/parse_memo.h): the same answers with it open,
// keyed by the exact view, forgotten at clear() and when the memo closes.
#include <catch2/catch.hpp>

#include <cstdio>
#include <string>

#include "checker/parse/number_words.h"
#include "checker/parse/parse_memo.h"

using checker::Lang;
using checker::ParseMemo;

namespace {

// "value/length" (value with %g), or "none".
std::string shown(const std::optional<checker::ParsedValue>& r) {
  if (!r) return "none";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%g/%zu", r->value.amount, r->length);
  return buf;
}

std::string words(const std::vector<checker::NumberWord>& ws) {
  std::string out;
  for (const auto& w : ws) out += std::to_string(w.start) + "-" + std::to_string(w.end) + " ";
  return out;
}

}  // namespace

TEST_CASE("With a memo open, the number grammars answer as without one", "[parse][memo]") {
  const std::string text = "12 345 km, vingt et un, deux cents, 0,5 et 1.747 km² trois";
  for (Lang lang : {Lang::kFr, Lang::kEn}) {
    std::vector<std::string> plain, memo1, memo2;
    const std::string_view all(text);
    for (size_t at = 0; at < text.size(); ++at) {
      plain.push_back(shown(checker::parse_number(all.substr(at), lang)) + " " +
                      shown(checker::parse_number_words(all.substr(at), lang)) + " " +
                      words(checker::read_number_words(all.substr(at), lang)));
    }
    {
      ParseMemo memo;
      REQUIRE(ParseMemo::active() == &memo);
      // Twice at each place, and the places in an order that fills and reuses the slots.
      for (int round = 0; round < 2; ++round)
        for (size_t at = 0; at < text.size(); ++at) {
          const std::string got = shown(checker::parse_number(all.substr(at), lang)) + " " +
                                  shown(checker::parse_number_words(all.substr(at), lang)) + " " +
                                  words(checker::read_number_words(all.substr(at), lang));
          (round == 0 ? memo1 : memo2).push_back(got);
        }
    }
    CHECK(ParseMemo::active() == nullptr);
    CHECK(memo1 == plain);
    CHECK(memo2 == plain);
  }
}

TEST_CASE("The memo tells views of one address apart by their size, and forgets at clear()", "[parse][memo]") {
  const std::string_view text = "12 345 km";
  ParseMemo memo;
  CHECK(shown(checker::parse_number(text, Lang::kFr)) == "12345/6");
  // The same first byte, a shorter view: not the number remembered above.
  CHECK(shown(checker::parse_number(text.substr(0, 2), Lang::kFr)) == "12/2");
  CHECK(shown(checker::parse_number(text, Lang::kFr)) == "12345/6");
  // Another language at the same bytes is parsed again ("12 345" groups in English too).
  CHECK(shown(checker::parse_number(text.substr(0, 4), Lang::kEn)) == "12/2");
  CHECK(shown(checker::parse_number(text.substr(0, 4), Lang::kFr)) == "12/2");
  // Bytes changed in place are read again once the memo is cleared.
  std::string changed = "7 500 t";
  const std::string_view view(changed);
  CHECK(shown(checker::parse_number(view, Lang::kFr)) == "7500/5");
  changed[2] = '9';
  memo.clear();
  CHECK(shown(checker::parse_number(view, Lang::kFr)) == "7900/5");
}

TEST_CASE("Memos nest: the inner one is used, the outer one comes back", "[parse][memo]") {
  ParseMemo outer;
  {
    ParseMemo inner;
    CHECK(ParseMemo::active() == &inner);
  }
  CHECK(ParseMemo::active() == &outer);
}
