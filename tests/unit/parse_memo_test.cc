// The memo of the number grammars (checker/parse/parse_memo.h): the same answers with it open,
// keyed by the exact view of its text, forgotten at clear() and when the memo closes.
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
      ParseMemo memo(text);
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
  std::string bytes = "12 345 km";
  const std::string_view text(bytes);
  ParseMemo memo(text);
  CHECK(shown(checker::parse_number(text, Lang::kFr)) == "12345/6");
  // The same first byte, a shorter view: not the number remembered above.
  CHECK(shown(checker::parse_number(text.substr(0, 2), Lang::kFr)) == "12/2");
  CHECK(shown(checker::parse_number(text, Lang::kFr)) == "12345/6");
  {
    // Another language at the same view is parsed again: "1,5" is one and a half in French, one
    // (then a comma) in English.
    const std::string_view decimal = "1,5 km";
    ParseMemo inner(decimal);
    CHECK(shown(checker::parse_number(decimal, Lang::kEn)) == "1/1");
    CHECK(shown(checker::parse_number(decimal, Lang::kFr)) == "1.5/3");
    CHECK(shown(checker::parse_number(decimal, Lang::kEn)) == "1/1");
  }
  // Bytes changed in place are still the remembered reading until the memo is cleared (the
  // contract: the text must not change while the memo is open), then read again.
  bytes[3] = '9';
  CHECK(shown(checker::parse_number(text, Lang::kFr)) == "12345/6");
  memo.clear();
  CHECK(shown(checker::parse_number(text, Lang::kFr)) == "12945/6");
}

TEST_CASE("Views outside the memo's text are never remembered", "[parse][memo]") {
  // A grammar's own copy (a lowercased word, say) is freed and its bytes reused: the memo must
  // not answer for a view it was not opened on.
  const std::string text = "rien";
  std::string other = "7 500 t";
  ParseMemo memo(text);
  const std::string_view view(other);
  CHECK(shown(checker::parse_number(view, Lang::kFr)) == "7500/5");
  other[2] = '9';
  CHECK(shown(checker::parse_number(view, Lang::kFr)) == "7900/5");
  other = "trois cents";
  CHECK(shown(checker::parse_number_words(other, Lang::kFr)) == "300/11");
  other = "seize mille";
  CHECK(shown(checker::parse_number_words(other, Lang::kFr)) == "16000/11");
}

TEST_CASE("Memos nest: the inner one is used, the outer one comes back", "[parse][memo]") {
  ParseMemo outer("a");
  {
    ParseMemo inner("b");
    CHECK(ParseMemo::active() == &inner);
  }
  CHECK(ParseMemo::active() == &outer);
}
