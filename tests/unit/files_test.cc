// Reading inputs: non-regular files refused without blocking, size limits named, printable names.
#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
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

TEST_CASE("a file is read whole whatever its size says: large, or empty by stat and not by read", "[corpus][files]") {
  const fs::path p = scratch("large.txt");
  std::string text;
  for (int i = 0; i < 30000; ++i) text += "ligne " + std::to_string(i) + "\n";  // over 64 KiB
  std::ofstream(p) << text;
  auto large = read_regular_file(p.string(), 1 << 20, "one document");
  REQUIRE(large.ok());
  CHECK(large.value() == text);
  fs::remove_all(p.parent_path());
  // /proc files are regular files whose size reads as 0.
  std::ifstream in("/proc/self/mountinfo");
  const std::string expected((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  REQUIRE(expected.size() > 1);
  struct stat st {};
  REQUIRE(::stat("/proc/self/mountinfo", &st) == 0);
  CHECK(st.st_size == 0);
  auto proc = read_regular_file("/proc/self/mountinfo", 1 << 20, "one document");
  REQUIRE(proc.ok());
  CHECK(proc.value() == expected);
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

TEST_CASE("a directory walk: sorted, hidden entries and other extensions left out, stamps as stat gives them",
          "[corpus][files]") {
  const fs::path root = scratch("walk");
  fs::remove_all(root);
  fs::create_directories(root / "b" / "deep");
  fs::create_directories(root / ".hidden");
  fs::create_directories(root / "outside");
  auto write = [](const fs::path& p) { std::ofstream(p) << "Le pont ouvre en 2024.\n"; };
  for (const char* name : {"b/deep/z.md", "b/a.txt", "c.md", ".hidden/x.md", "b/.dot.md", "notes.md.bak", "md",
                           "outside/linked.md"})
    write(root / name);
  fs::create_directory_symlink(root / "outside", root / "b" / "dirlink");  // not followed
  fs::create_symlink(root / "outside" / "linked.md", root / "b" / "link.md");  // a link to a file: found
  fs::create_symlink(root / "missing.md", root / "broken.md");
  REQUIRE(::mkfifo((root / "pipe.md").c_str(), 0600) == 0);
  checker::Diagnostics skipped;
  const std::vector<checker::FoundFile> found = checker::walk_directory(root.string(), {".md", ".txt"}, &skipped);
  std::vector<std::string> paths;
  for (const checker::FoundFile& f : found) paths.push_back(f.path);
  const std::string r = root.string() + "/";
  CHECK(paths == std::vector<std::string>{r + "b/a.txt", r + "b/deep/z.md", r + "b/link.md", r + "c.md",
                                          r + "outside/linked.md"});
  for (const checker::FoundFile& f : found) {
    const std::optional<checker::FileStamp> stamp = checker::stamp_of(f.path);
    REQUIRE(stamp);
    if (f.path == r + "b/link.md") {
      CHECK(!f.stamp);  // a link: the loader stats it by path
      continue;
    }
    REQUIRE(f.stamp);
    CHECK(f.stamp->text() == stamp->text());
    CHECK(f.stamp->device == stamp->device);
    CHECK(f.stamp->has_text(stamp->text()));
    CHECK(!f.stamp->has_text(stamp->text() + "0"));
    CHECK(!f.stamp->has_text(""));
  }
  REQUIRE(skipped.size() == 2);
  CHECK(skipped[0].file == r + "broken.md");
  CHECK(skipped[0].message.rfind("broken symbolic link: ", 0) == 0);
  CHECK(skipped[1].file == r + "pipe.md");
  CHECK(skipped[1].message == "a FIFO (not a regular file), skipped");
  fs::remove_all(root);
}

TEST_CASE("a directory that cannot be walked is recorded with the system's reason", "[corpus][files]") {
  checker::Diagnostics skipped;
  const fs::path missing = scratch("no-such-directory");
  CHECK(checker::walk_directory(missing.string(), {".md"}, &skipped).empty());
  REQUIRE(skipped.size() == 1);
  CHECK(skipped[0].file == missing.string());
  CHECK(skipped[0].message == "cannot open directory: No such file or directory, skipped");
}
