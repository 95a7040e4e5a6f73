// Streamed documents: what reports read of a claim from the kept summary is what they read from
// the text; a document that changes while it is audited is skipped, named.
#include <filesystem>
#include <fstream>

#include <catch2/catch.hpp>

#include "checker/corpus/loader.h"
#include "checker/engine/extraction.h"
#include "checker/engine/suppressions.h"
#include "checker/engine/text_summary.h"
#include "checker/store/store_records.h"
#include "checker/text/document_lines.h"
#include "checker/text/whole_lines.h"
#include "support.h"

namespace checker {
namespace {

namespace fs = std::filesystem;

const std::vector<std::string> kPaths = {"seeds", "tests/fixtures"};

}  // namespace

TEST_CASE("whole lines: spans widened to their lines, merged, in order", "[stream]") {
  const std::vector<Span> one = whole_lines("ab\ncd\nef", {{4, 4}});
  REQUIRE(one.size() == 1);
  CHECK((one[0].start == 3 && one[0].end == 5));
  const std::vector<Span> got = whole_lines("ab\ncd\r\nef\rgh", {{10, 11}, {0, 1}, {1, 4}, {20, 21}});
  REQUIRE(got.size() == 2);
  CHECK((got[0].start == 0 && got[0].end == 5));
  CHECK((got[1].start == 10 && got[1].end == 12));
  // Many spans on one long line: one range (and linear: the robustness test has 100 000).
  std::string line(100000, 'x');
  std::vector<Span> spans;
  for (size_t i = 0; i + 5 < line.size(); i += 10) spans.push_back({i, i + 5});
  CHECK(whole_lines(line, spans).size() == 1);
}

TEST_CASE("lines up to: from the start of each span's line to the span's end, merged, in order", "[stream]") {
  const std::vector<Span> one = lines_up_to("ab\ncd\nef", {{4, 4}});
  REQUIRE(one.size() == 1);
  CHECK((one[0].start == 3 && one[0].end == 4));
  // Two spans on one line are one range up to the later end; a span on the next line starts its
  // own range at its line's start, never inside the range before; out-of-text spans are ignored.
  const std::vector<Span> got = lines_up_to("abcdef\ngh ij\r\nkl", {{14, 15}, {4, 5}, {1, 2}, {10, 12}, {30, 31}});
  REQUIRE(got.size() == 3);
  CHECK((got[0].start == 0 && got[0].end == 5));
  CHECK((got[1].start == 7 && got[1].end == 12));
  CHECK((got[2].start == 14 && got[2].end == 15));
  // A span across a line break keeps both lines; one right after a range on its line joins it.
  const std::vector<Span> across = lines_up_to("ab\ncd ef", {{1, 4}, {6, 8}});
  REQUIRE(across.size() == 1);
  CHECK((across[0].start == 0 && across[0].end == 8));
  std::string line(100000, 'x');
  std::vector<Span> spans;
  for (size_t i = 0; i + 5 < line.size(); i += 10) spans.push_back({i, i + 5});
  const std::vector<Span> long_line = lines_up_to(line, spans);
  REQUIRE(long_line.size() == 1);
  CHECK((long_line[0].start == 0 && long_line[0].end == spans.back().end));
}

TEST_CASE("streamed documents: quotes, places and suppressions as from the text", "[stream]") {
  const Corpus full = load_corpus(kPaths);
  Corpus streamed = load_corpus(kPaths, /*keep_text=*/false);
  REQUIRE(full.documents.size() == streamed.documents.size());
  for (const Document& d : streamed.documents) {
    CHECK(d.streamed);
    CHECK(d.text.empty());
  }
  const Extraction a = extract_claims(full.documents, testing::default_pack(), 2);
  Extraction b = extract_claims(streamed.documents, testing::default_pack(), 2);
  REQUIRE(b.errors.empty());
  REQUIRE(a.claims.size() == b.claims.size());
  REQUIRE(!a.claims.empty());
  for (size_t i = 0; i < streamed.documents.size(); ++i) streamed.documents[i].summary = b.summaries[i];
  std::vector<DocumentLines> lines_a, lines_b;
  for (size_t i = 0; i < full.documents.size(); ++i) {
    lines_a.emplace_back(full.documents[i]);
    lines_b.emplace_back(streamed.documents[i]);
  }
  for (size_t k = 0; k < a.claims.size(); ++k) {
    const Claim& c = b.claims[k];
    CHECK(a.claims[k].span.start == c.span.start);
    const std::string_view quote = span_bytes(streamed.documents[c.document], c.span);
    CHECK(!quote.empty());
    CHECK(quote == span_bytes(full.documents[c.document], c.span));
    for (size_t at : {c.span.start, c.span.end}) {
      CHECK(lines_b[c.document].at(at).line == lines_a[c.document].at(at).line);
      CHECK(lines_b[c.document].at(at).column == lines_a[c.document].at(at).column);
    }
  }
  const SuppressionScan sa = scan_suppressions(full.documents), sb = scan_suppressions(streamed.documents);
  REQUIRE(sa.suppressions.size() == sb.suppressions.size());
  CHECK(sa.errors.size() == sb.errors.size());
  for (size_t i = 0; i < sa.suppressions.size(); ++i) {
    CHECK(sa.suppressions[i].line == sb.suppressions[i].line);
    CHECK(sa.suppressions[i].last_line == sb.suppressions[i].last_line);
    CHECK(sa.suppressions[i].rule == sb.suppressions[i].rule);
  }
}

TEST_CASE("summaries keep the bytes from a line's first claim on, and its place", "[stream]") {
  // Line 2 has code points of two and three bytes before its claims; the second claim crosses
  // into line 3 (after a CRLF); line 4's claim starts its line.
  const std::string text = "titre\nÉté – déjà « 2023 » puis 2024\r\nsuite ici\nfin 2025";
  auto span_of = [&](std::string_view part) {
    const size_t at = text.find(part);
    return Span{at, at + part.size()};
  };
  std::vector<Claim> claims(3);
  claims[0].span = span_of("2023");
  claims[1].span = span_of("2024\r\nsuite");
  claims[2].span = span_of("fin 2025");
  Document full;
  full.text = text;
  Document streamed;
  streamed.streamed = true;
  streamed.summary = summarize_text(text, claims);
  CHECK(streamed.summary.size == text.size());
  CHECK(streamed.summary.lines == 4);
  REQUIRE(streamed.summary.excerpts.size() == 2);
  const Excerpt& first = streamed.summary.excerpts[0];
  CHECK(streamed.summary.text_of(first) == "2023 » puis 2024\r\nsuite");
  CHECK((first.start == text.find("2023") && first.line == 2 && first.column == 14));
  CHECK(streamed.summary.text_of(streamed.summary.excerpts[1]) == "fin 2025");
  const DocumentLines a(full), b(streamed);
  for (const Claim& c : claims) {
    CHECK(span_bytes(streamed, c.span) == span_bytes(full, c.span));
    for (size_t at : {c.span.start, c.span.end}) {
      CHECK(b.at(at).line == a.at(at).line);
      CHECK(b.at(at).column == a.at(at).column);
    }
  }
  CHECK((b.at(claims[1].span.end).line == 3 && b.at(claims[1].span.end).column == 6));
  // Bytes before the first claim of a line are not kept: no quote or place is read there.
  CHECK(span_bytes(streamed, span_of("déjà")).empty());
}

TEST_CASE("streamed documents: one changed or removed during the audit is skipped, named", "[stream]") {
  const fs::path dir = fs::temp_directory_path() / "checker-stream-test";
  fs::remove_all(dir);
  fs::create_directories(dir);
  const std::string text = "Le pont de Vardenne doit ouvrir en 2023.\n";
  std::ofstream(dir / "a.md") << text;
  std::ofstream(dir / "b.jsonl") << "{\"id\": \"x\", \"text\": \"Le pont ouvrira en 2024.\"}\n";
  Corpus c = load_corpus({dir.string()}, false);
  REQUIRE(c.documents.size() == 2);
  std::ofstream(dir / "a.md") << text << "Une ligne de plus.\n";
  fs::remove(dir / "b.jsonl");
  const Extraction x = extract_claims(c.documents, testing::default_pack(), 1);
  REQUIRE(x.errors.size() == 2);
  CHECK(x.errors[0].to_string() ==
        (dir / "a.md").string() + ": changed while it was being audited (no longer the text that was loaded), skipped");
  CHECK(x.errors[1].to_string() == (dir / "b.jsonl").string() +
                                       ":1: changed while it was being audited (no longer the text that was loaded), skipped");
  CHECK(x.claims.empty());
  fs::remove_all(dir);
}

TEST_CASE("stream records read back from their binary form as written", "[stream][store]") {
  TextSummary s;
  s.size = 1234;
  s.lines = 17;
  set_excerpts(&s, {{10, 2, 1, "Le pont de Vardenne doit ouvrir en 2023."}, {400, 9, 14, "ligne\r\nsuite"}});
  s.comments = {{3, 1, "disable-next-line", "milestone-slip", true}, {8, 5, "enable", "value-conflict", false}};
  DocumentClaims none;
  none.subjects = {"vardenne", "halden"};
  const std::string bytes = encode_document_claims(none, s);
  CachedClaims back;
  REQUIRE(decode_document_claims(bytes, &back));
  CHECK((back.summary.size == s.size && back.summary.lines == s.lines));
  REQUIRE(back.summary.excerpts.size() == 2);
  CHECK((back.summary.excerpts[1].start == 400 && back.summary.excerpts[1].line == 9 &&
         back.summary.excerpts[1].column == 14 && back.summary.text_of(back.summary.excerpts[1]) == "ligne\r\nsuite"));
  CHECK(back.summary.text_of(back.summary.excerpts[0]) == "Le pont de Vardenne doit ouvrir en 2023.");
  REQUIRE(back.summary.comments.size() == 2);
  CHECK((back.summary.comments[0].rule == "milestone-slip" && back.summary.comments[0].has_reason &&
         !back.summary.comments[1].has_reason));
  CHECK(back.claims.subjects == none.subjects);
  // Cut short or with a byte too many, it is not a record.
  CachedClaims bad;
  CHECK(!decode_document_claims(bytes.substr(0, bytes.size() - 1), &bad));
  CHECK(!decode_document_claims(bytes + "x", &bad));

  const Corpus c = load_corpus({"tests/fixtures/schedule-slip/vardenne"}, false);
  REQUIRE(!c.documents.empty());
  const Document& d = c.documents[0];
  std::vector<Document> read;
  REQUIRE(decode_documents(encode_documents({d}), &read));
  REQUIRE(read.size() == 1);
  CHECK(read[0].streamed);
  CHECK((read[0].path == d.path && read[0].title == d.title && read[0].text_hash == d.text_hash));
  CHECK((read[0].lang == d.lang && read[0].date_source == d.date_source && read[0].source == d.source));
  // The text hash is stored as its hex digits: one damaged digit and the record is not read.
  std::string damaged = encode_documents({d});
  const size_t at = damaged.find(d.text_hash.hex());
  REQUIRE(at != std::string::npos);
  damaged[at] = 'g';
  std::vector<Document> none_read;
  CHECK(!decode_documents(damaged, &none_read));
  CHECK((read[0].summary.size == d.summary.size && read[0].body_start == d.body_start &&
         read[0].date.has_value() == d.date.has_value()));
  if (d.date) CHECK(read[0].date->timex() == d.date->timex());
  CHECK(!decode_documents(encode_documents({}), &read));  // a file record names at least one document
}

}  // namespace checker
