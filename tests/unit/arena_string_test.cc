// ArenaString: a path or title written once, read like the std::string it replaced.
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "checker/core/arena_string.h"

namespace checker {

TEST_CASE("arena strings read as the text they were given", "[core]") {
  const ArenaString none;
  CHECK(none.empty());
  CHECK(none.size() == 0);
  CHECK(std::string(none.c_str()).empty());
  CHECK(none == "");
  const ArenaString path = std::string("corpus/b0001/a.jsonl#7");
  CHECK(sizeof(ArenaString) == sizeof(void*));
  CHECK(path.size() == 22);
  CHECK(path == "corpus/b0001/a.jsonl#7");
  CHECK(path == std::string("corpus/b0001/a.jsonl#7"));
  CHECK(path != "corpus/b0001/a.jsonl#8");
  CHECK(path.rfind(".jsonl#") == 14);
  CHECK(path.find('/') == 6);
  CHECK(path.substr(0, 6) == "corpus");
  CHECK(path + ":3" == "corpus/b0001/a.jsonl#7:3");
  CHECK(std::string(path.c_str()) == "corpus/b0001/a.jsonl#7");  // NUL-terminated in the arena
  std::ostringstream out;
  out << path;
  CHECK(out.str() == "corpus/b0001/a.jsonl#7");
  const std::string_view view = path;
  CHECK(view.data() == path.data());  // no copy
  ArenaString copy = path;
  CHECK(copy.data() == path.data());  // copies share the bytes, which never move
  copy = std::string("other");
  CHECK((copy == "other" && path == "corpus/b0001/a.jsonl#7"));
  CHECK(ArenaString("a") < ArenaString("b"));
}

TEST_CASE("arena strings keep their bytes across blocks, large ones too", "[core]") {
  // More than one 1 MiB block of small texts, and texts larger than a quarter of a block.
  std::vector<ArenaString> kept;
  std::vector<std::string> want;
  for (int i = 0; i < 40000; ++i) {
    want.push_back("corpus/dir" + std::to_string(i % 97) + "/" + std::string(static_cast<size_t>(i % 40), 'x') +
                   std::to_string(i) + ".md");
    kept.emplace_back(want.back());
    if (i % 10000 == 0) {
      want.push_back(std::string((size_t{1} << 19) + static_cast<size_t>(i), 'a' + static_cast<char>(i % 26)));
      kept.emplace_back(want.back());
    }
  }
  REQUIRE(kept.size() == want.size());
  for (size_t k = 0; k < kept.size(); ++k) CHECK(kept[k] == want[k]);
  CHECK(ArenaString::arena_bytes() >= (size_t{1} << 20) * 2);
}

}  // namespace checker
