// Text utilities: folding, sentences, lines and columns, UTF-8 validation.
#include <catch2/catch.hpp>

#include "checker/text/fold.h"
#include "checker/text/line_index.h"
#include "checker/text/sentences.h"
#include "checker/text/utf8.h"

using checker::fold;

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

TEST_CASE("strict UTF-8 validation", "[text]") {
  using checker::find_invalid_utf8;
  const auto npos = std::string_view::npos;
  CHECK(find_invalid_utf8("Baïkonour") == npos);
  CHECK(find_invalid_utf8("a\xC0\xAF") == 1);          // overlong
  CHECK(find_invalid_utf8("ab\xED\xA0\x80") == 2);     // surrogate
  CHECK(find_invalid_utf8("abc\xE2\x80") == 3);        // truncated
  CHECK(find_invalid_utf8("\xFF") == 0);
}
