// Text utilities: folding, sentences, paragraphs, lines and columns, UTF-8 validation.
#include <catch2/catch.hpp>

#include "checker/text/fold.h"
#include "checker/text/line_index.h"
#include "checker/text/paragraphs.h"
#include "checker/text/sentences.h"
#include "checker/text/utf8.h"

using checker::fold;
using checker::paragraph_batches;
using checker::Span;
using checker::split_paragraphs;

TEST_CASE("folding joins case, diacritic and typographic variants", "[text]") {
  CHECK(fold("Baïkonour") == fold("Baikonour"));
  CHECK(fold("Baïkonour") == "baikonour");
  CHECK(fold("Ariane-6") == fold("Ariane 6"));
  CHECK(fold("l’usine") == "l'usine");
  CHECK(fold("ŒUVRE") == "oeuvre");
  checker::FoldedText f("Été 6");
  CHECK(f.text() == "ete 6");
  CHECK(f.original(0) == 0);
  CHECK(f.original(1) == 2);  // "É" is two bytes
}

TEST_CASE("folded text maps each folded byte back, across ASCII runs and multi-byte letters", "[text]") {
  // ASCII runs of several lengths between letters of two, three and one folded-to-two bytes.
  checker::FoldedText f("AB Œuvre à 12 km’S");
  CHECK(f.text() == "ab oeuvre a 12 km's");
  std::vector<size_t> back;
  for (size_t i = 0; i <= f.text().size(); ++i) back.push_back(f.original(i));
  CHECK(back == std::vector<size_t>{0, 1, 2, 3, 3, 5, 6, 7, 8, 9, 10, 12, 13, 14, 15, 16, 17, 18, 21, 22});
  CHECK(checker::FoldedText("").text().empty());
  CHECK(checker::FoldedText("").original(0) == 0);
}

TEST_CASE("a letter that folds to more bytes than it has keeps the map whole", "[text]") {
  // "ŉ" (2 bytes) folds to "ʼn" (3 bytes): the folded text outgrows the original.
  checker::FoldedText f("a\xC5\x89" "b\xC5\x89\xC5\x89");
  CHECK(f.text() == "a\xCA\xBC" "nb\xCA\xBC" "n\xCA\xBC" "n");
  std::vector<size_t> back;
  for (size_t i = 0; i <= f.text().size(); ++i) back.push_back(f.original(i));
  CHECK(back == std::vector<size_t>{0, 1, 1, 1, 3, 4, 4, 4, 6, 6, 6, 8});
}

TEST_CASE("sentences split at end punctuation and line breaks", "[text]") {
  const std::string text = "Le pont ouvrira en 2023. Il coûte 3 M€.\nNouveau paragraphe ? Oui « vraiment ». Fin";
  std::vector<std::string> out;
  for (const auto& s : checker::split_sentences(text, 0, text.size())) out.push_back(text.substr(s.start, s.end - s.start));
  CHECK(out == std::vector<std::string>{"Le pont ouvrira en 2023.", "Il coûte 3 M€.", "Nouveau paragraphe ?",
                                        "Oui « vraiment ».", "Fin"});
}

TEST_CASE("line and column count lines and code points", "[text]") {
  const std::string text = "ab\nçé x\r\ny";
  checker::LineIndex index(text);
  CHECK(index.at(0).line == 1);
  CHECK(index.at(8).line == 2);
  CHECK(index.at(8).column == 4);  // "x" after two 2-byte letters and a space
  CHECK(index.at(11).line == 3);
  CHECK(index.at(11).column == 1);
}

TEST_CASE("lines end at LF, CRLF or a lone CR, in a text with or without a CR", "[text]") {
  // Without "\r" the breaks are found by a byte search; with one, byte by byte as before.
  CHECK(checker::count_line_breaks("a\nb\n\nc") == 3);
  CHECK(checker::count_line_breaks("a\r\nb\rc\n") == 3);
  CHECK(checker::count_line_breaks("") == 0);
  const checker::LineIndex plain("a\nb\n\nc");
  CHECK(plain.at(6).line == 4);
  CHECK(plain.at(4).line == 3);
  const checker::LineIndex mixed("a\r\nb\rc\nd");
  CHECK(mixed.at(3).line == 2);
  CHECK(mixed.at(5).line == 3);
  CHECK(mixed.at(7).line == 4);
}

TEST_CASE("strict UTF-8 validation", "[text]") {
  using checker::find_invalid_utf8;
  const auto npos = std::string_view::npos;
  CHECK(find_invalid_utf8("Baïkonour") == npos);
  CHECK(find_invalid_utf8("a\xC0\xAF") == 1);          // overlong
  CHECK(find_invalid_utf8("ab\xED\xA0\x80") == 2);     // surrogate
  CHECK(find_invalid_utf8("abc\xE2\x80") == 3);        // truncated
  CHECK(find_invalid_utf8("\xFF") == 0);
  // Long runs of ASCII are skipped eight bytes at a time: a bad byte at any place after them is
  // still found at its own offset, and a valid letter straddling a block is still valid.
  for (size_t at = 0; at < 20; ++at) {
    std::string text(20, 'a');
    text[at] = '\xFF';
    CHECK(find_invalid_utf8(text) == at);
    std::string valid = std::string(at, 'a') + "\xC3\xAF" + std::string(20 - at, 'b');
    CHECK(find_invalid_utf8(valid) == npos);
    CHECK(find_invalid_utf8(std::string(at, 'a') + "\xC3") == at);  // truncated at the very end
  }
}

TEST_CASE("paragraphs end after blank lines and cover the whole text", "[text]") {
  const std::string text = "one\ntwo\n\n  \t\r\nthree\r\n\r\nfour\n";
  const std::vector<Span> p = split_paragraphs(text);
  REQUIRE(p.size() == 3);
  CHECK(text.substr(p[0].start, p[0].end - p[0].start) == "one\ntwo\n\n  \t\r\n");
  CHECK(text.substr(p[1].start, p[1].end - p[1].start) == "three\r\n\r\n");
  CHECK(text.substr(p[2].start, p[2].end - p[2].start) == "four\n");
  CHECK(split_paragraphs("no break at all").size() == 1);
  CHECK(split_paragraphs("").size() == 1);
  CHECK(split_paragraphs("a\n\n\n").size() == 1);  // trailing blank lines stay with the last one

  const std::vector<Span> batches = paragraph_batches(p, 10);
  REQUIRE(batches.size() == 2);  // 14 bytes; then 9 bytes, short of 10, so "four" joins them
  CHECK(batches[0].start == 0);
  CHECK(batches[0].end == p[0].end);
  CHECK(batches[1].start == p[1].start);
  CHECK(batches[1].end == text.size());
  CHECK(paragraph_batches(p, 1).size() == 3);
  CHECK(paragraph_batches(p, 1000).size() == 1);
}
