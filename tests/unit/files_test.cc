// Reading inputs: non-regular files refused without blocking, size limits named, printable names.
#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include <sys/stat.h>
#include <unistd.h>

#include "checker/corpus/files.h"

namespace fs = std::filesystem;
using checker::printable_path;
using checker::read_regular_file;

namespace {

fs::path scratch(const std::string& name) {
  const fs::path dir = fs::temp_directory_path() / ("checker-files-test-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  return dir / name;
}

}  // namespace

TEST_CASE("a regular file is read whole, a larger one than the limit is refused naming it", "[corpus][files]") {
  const fs::path p = scratch("doc.txt");
  std::ofstream(p) << "0123456789";
  auto whole = read_regular_file(p.string(), 10, "one document");
  REQUIRE(whole.ok());
  CHECK(whole.value() == "0123456789");
  auto over = read_regular_file(p.string(), 9, "one document");
  REQUIRE_FALSE(over.ok());
  CHECK(over.error().message == "file is 10 bytes, over the 9 bytes limit for one document, skipped");
  CHECK(checker::size_name(checker::kMaxDocumentBytes) == "16 MiB");
  CHECK(checker::size_name(checker::kMaxJsonlBytes) == "1 GiB");
  fs::remove_all(p.parent_path());
}

TEST_CASE("a FIFO is refused at once, a missing file says why", "[corpus][files]") {
  const fs::path p = scratch("pipe.txt");
  REQUIRE(::mkfifo(p.c_str(), 0600) == 0);
  auto fifo = read_regular_file(p.string(), 100, "one document");  // would block without O_NONBLOCK
  REQUIRE_FALSE(fifo.ok());
  CHECK(fifo.error().message == "a FIFO (not a regular file), skipped");
  auto missing = read_regular_file((p.parent_path() / "none.txt").string(), 100, "one document");
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().message == "cannot open: No such file or directory, skipped");
  fs::remove_all(p.parent_path());
}

TEST_CASE("names that are not UTF-8 are printed with hex escapes", "[corpus][files]") {
  CHECK(printable_path("dir/été.txt") == "dir/été.txt");
  CHECK(printable_path("bad\xFFname.md") == "bad\\xFFname.md");
  CHECK(printable_path("\xC3(\xE2\x82") == "\\xC3(\\xE2\\x82");
}
