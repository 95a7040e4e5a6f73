// Report files are replaced atomically, but a device or a pipe given as --output is written in
// place: renaming over /dev/null as root would replace the device itself.
#include <filesystem>
#include <fstream>
#include <sstream>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include "checker/cli/output.h"

namespace fs = std::filesystem;
using checker::write_file_atomically;

namespace {

struct TempDir {
  fs::path path;
  TempDir() {
    path = fs::temp_directory_path() / ("checker-output-test-" + std::to_string(::getpid()));
    fs::create_directories(path);
  }
  ~TempDir() { fs::remove_all(path); }
};

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST_CASE("a report file is written whole, over an older one, in a new directory") {
  TempDir dir;
  const fs::path report = dir.path / "reports" / "r.json";
  CHECK(write_file_atomically(report.string(), "first") == "");
  CHECK(write_file_atomically(report.string(), "second") == "");
  CHECK(slurp(report) == "second");
  CHECK(std::distance(fs::directory_iterator(report.parent_path()), fs::directory_iterator()) == 1);
}

TEST_CASE("a FIFO given as output is written into, not replaced by a regular file") {
  TempDir dir;
  const fs::path fifo = dir.path / "pipe";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  // A non-blocking reader first, so that opening the FIFO for writing does not wait.
  const int reader = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK);
  REQUIRE(reader >= 0);
  CHECK(write_file_atomically(fifo.string(), "report bytes") == "");
  CHECK(fs::is_fifo(fifo));
  char buffer[64] = {};
  const ssize_t n = ::read(reader, buffer, sizeof buffer);
  ::close(reader);
  CHECK(std::string(buffer, n > 0 ? static_cast<size_t>(n) : 0) == "report bytes");
  CHECK(std::distance(fs::directory_iterator(dir.path), fs::directory_iterator()) == 1);
}

TEST_CASE("an output in a missing place names the path") {
  TempDir dir;
  const fs::path blocked = dir.path / "file";
  REQUIRE(write_file_atomically(blocked.string(), "x") == "");
  const std::string problem = write_file_atomically((blocked / "r.json").string(), "y");
  CHECK(problem.find((blocked / "r.json").string()) == 0);
}

TEST_CASE("a report made in pieces is written whole, and a failed write names the path") {
  TempDir dir;
  const fs::path report = dir.path / "r.txt";
  CHECK(write_file_atomically(report.string(), [](const std::function<void(std::string_view)>& write) {
          write("one ");
          write("two ");
          write("three");
        }) == "");
  CHECK(slurp(report) == "one two three");
  if (fs::exists("/dev/full")) {  // a device, written in place; every write to it fails (ENOSPC)
    const std::string problem = write_file_atomically("/dev/full", [](const std::function<void(std::string_view)>& write) {
      write(std::string(1 << 16, 'x'));
      write("more");
    });
    CHECK(problem.rfind("/dev/full: write failed", 0) == 0);
  }
}
