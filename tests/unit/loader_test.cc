// Loading documents: front matter, byline dates, language, and bad input that is reported
// with its file and place while the rest of the corpus still loads.
#include <cstdio>
#include <filesystem>
#include <functional>
#include <fstream>

#include <unistd.h>

#include <catch2/catch.hpp>

#include "checker/corpus/byline.h"
#include "checker/corpus/front_matter.h"
#include "checker/corpus/loader.h"

namespace fs = std::filesystem;
using checker::load_corpus;
using checker::make_document;

namespace {

struct TempDir {
  fs::path path;
  TempDir() {
    path = fs::temp_directory_path() / ("checker-test-" + std::to_string(::getpid()) + "-" +
                                        std::to_string(reinterpret_cast<std::uintptr_t>(this)));
    fs::create_directories(path);
  }
  ~TempDir() { fs::remove_all(path); }
  std::string write(const std::string& name, const std::string& bytes) const {
    const fs::path p = path / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }
};

}  // namespace

TEST_CASE("front matter gives title, date at its precision, lang and source", "[corpus]") {
  auto d = make_document("a.md", "---\ntitle: \"Un titre\"\ndate: 2023-11\nlang: fr\nsource: TASS\n---\nTexte.\n");
  REQUIRE(d.ok());
  CHECK(d.value().title == "Un titre");
  CHECK(d.value().date->timex() == "2023-11");
  CHECK(d.value().date_source == "front-matter");
  CHECK(d.value().source == "TASS");
  CHECK(d.value().text.substr(d.value().body_start) == "Texte.\n");
}

TEST_CASE("a byline date is used when there is no metadata date", "[corpus]") {
  auto d = make_document("a.txt", "Un article sur un pont qui est en construction dans la vallée.\n\nPar X\nLe 09/11/2025\n");
  REQUIRE(d.ok());
  CHECK(d.value().date->timex() == "2025-11-09");
  CHECK(d.value().date_source == "byline");
  CHECK(checker::find_byline_date("Published March 3, 2021\n")->timex() == "2021-03-03");
  CHECK(checker::find_byline_date("Publié le 3 mars 2021\n")->timex() == "2021-03-03");
  // A sentence that starts with a date is not a byline.
  CHECK_FALSE(checker::find_byline_date("Le 22 juin 2025, les autorités ont annoncé la construction.\n"));
}

TEST_CASE("an undated document stays undated", "[corpus]") {
  auto d = make_document("a.txt", "Le pont de Vardenne ouvrira en 2023 selon la région, qui a publié le calendrier des travaux dans la presse.\n");
  REQUIRE(d.ok());
  CHECK_FALSE(d.value().date.has_value());
  CHECK(d.value().date_source == "none");
  CHECK(d.value().lang == "fr");
  CHECK(d.value().lang_source == "detected");
}

TEST_CASE("bad front matter is an error with its line", "[corpus][errors]") {
  auto unterminated = make_document("a.md", "---\ntitle: x\nno end\n");
  REQUIRE_FALSE(unterminated.ok());
  CHECK(unterminated.error().where == "3:1");
  auto not_pairs = make_document("b.md", "---\ntitle: x\njust words\n---\n");
  REQUIRE_FALSE(not_pairs.ok());
  CHECK(not_pairs.error().to_string() == "b.md:3:1: front matter: expected 'key: value', found 'just words'");
  auto bad_date = make_document("c.md", "---\ndate: 2025-02-30\n---\ntext\n");
  REQUIRE_FALSE(bad_date.ok());
  CHECK(bad_date.error().to_string() == "c.md:2:1: date '2025-02-30' is not a valid YYYY, YYYY-MM or YYYY-MM-DD date");
  auto bad_lang = make_document("d.md", "---\ntitle: t\n\nlang: xx\n---\ntext\n");
  REQUIRE_FALSE(bad_lang.ok());
  CHECK(bad_lang.error().to_string() == "d.md:4:1: lang 'xx' is not supported (allowed: fr, en)");
}

TEST_CASE("front matter lines end at LF, CRLF or a lone CR", "[corpus]") {
  for (const std::string eol : {"\n", "\r\n", "\r"}) {
    auto d = make_document("a.md", "---" + eol + "date: 2024-03" + eol + "lang: en" + eol + "---" + eol + "Text." + eol);
    REQUIRE(d.ok());
    CHECK(d.value().date->timex() == "2024-03");
    CHECK(d.value().lang == "en");
    CHECK(d.value().text.substr(d.value().body_start) == "Text." + eol);
  }
}

TEST_CASE("empty documents and late NUL bytes are errors", "[corpus][errors]") {
  CHECK(make_document("e.txt", "").error().to_string() == "e.txt: empty file, skipped");
  CHECK(make_document("e.txt", " \n\t\r\n").error().to_string() == "e.txt: empty file, skipped");
  CHECK(make_document("f.md", "---\ndate: 2024\n---\n\n").error().to_string() ==
        "f.md: no text after the front matter, skipped");
  std::string late(9000, 'a');
  late += "\nab";
  late += '\0';
  CHECK(make_document("n.txt", late).error().to_string() == "n.txt:2:3: NUL byte at byte 9003, file skipped");
}

TEST_CASE("bad files are skipped with a reason, the rest is loaded", "[corpus][errors]") {
  TempDir dir;
  dir.write("good.txt", "Le pont de Vardenne ouvrira en 2023.\n");
  dir.write("bad-utf8.txt", "ligne un\nab\xC3\x28 cd\n");
  dir.write("binary.txt", std::string("abc\0def", 7));
  dir.write("empty.txt", "");
  dir.write("ignored.pdf", "%PDF");
  dir.write(".hidden/x.txt", "hidden");
  dir.write("corpus.jsonl",
            "{\"id\": \"a\", \"text\": \"Le pont ouvrira en 2024.\", \"date\": \"2022-05\", \"lang\": \"fr\"}\n"
            "{broken\n"
            "{\"text\": 42}\n"
            "{\"title\": \"no text\"}\n"
            "{\"text\": \"bad \xC3\x28 byte\"}\n");
  auto corpus = load_corpus({dir.path.string(), (dir.path / "missing").string()});
  std::vector<std::string> paths;
  for (const auto& d : corpus.documents) paths.push_back(fs::path(d.path).filename().string());
  CHECK(paths == std::vector<std::string>{"corpus.jsonl#a", "good.txt"});
  CHECK(corpus.documents[0].date_source == "jsonl");
  CHECK(corpus.documents[0].date->timex() == "2022-05");
  std::vector<std::string> problems;
  for (const auto& e : corpus.skipped)
    problems.push_back(fs::path(e.file).filename().string() + ":" + e.where + ": " + e.message);
  CHECK(problems == std::vector<std::string>{
                        "bad-utf8.txt:2:3: invalid UTF-8 at byte 11, file skipped",
                        "binary.txt:: binary file (NUL bytes), skipped",
                        "corpus.jsonl:2: not a JSON object, line skipped",
                        "corpus.jsonl:3:/text: 'text' must be a string, found number, line skipped",
                        "corpus.jsonl:4: missing string field 'text', line skipped",
                        "corpus.jsonl:5:15: invalid UTF-8, line skipped",
                        "empty.txt:: empty file, skipped",
                        "missing:: no such file or directory",
                    });
}

TEST_CASE("a UTF-8 byte order mark before the front matter is accepted", "[corpus]") {
  auto d = make_document("bom.md", "\xEF\xBB\xBF---\ndate: 2024\n---\nTexte.\n");
  REQUIRE(d.ok());
  CHECK(d.value().date->timex() == "2024");
}

TEST_CASE("files read on several threads, in any order, give the same corpus in the same order", "[corpus]") {
  TempDir dir;
  // More files than one window of the loader (1 024), good and bad, so windows and skips interleave.
  for (int i = 0; i < 2100; ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "d%04d.txt", i);
    dir.write(name, i % 7 == 3 ? std::string("") : "Le pont " + std::to_string(i) + " est prévu pour 2023 dans la ville, avec les quais.\n");
  }
  const auto listing = [](const checker::Corpus& c) {
    std::vector<std::string> out;
    for (const auto& d : c.documents) out.push_back(fs::path(d.path).filename().string() + " " + d.lang + " " + d.text);
    for (const auto& e : c.skipped) out.push_back(fs::path(e.file).filename().string() + ": " + e.message);
    return out;
  };
  const checker::Corpus one = load_corpus({dir.path.string()});
  // A runner that takes each window's files last to first, as a scheduler may.
  size_t calls = 0;
  const checker::Corpus reversed =
      load_corpus({dir.path.string()}, true, nullptr, [&](size_t n, const std::function<void(size_t)>& work) {
        ++calls;
        for (size_t k = n; k-- > 0;) work(k);
      });
  CHECK(calls == 3);
  CHECK(one.documents.size() == 1800);
  CHECK(one.skipped.size() == 300);
  CHECK(listing(reversed) == listing(one));
  CHECK(listing(one).front() == "d0000.txt fr Le pont 0 est prévu pour 2023 dans la ville, avec les quais.\n");
}
