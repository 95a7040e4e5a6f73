// The floor for `checker audit`: read the same files and make one RE2 pass counting digit groups.
//
// Usage: re2_pass PATH...   (directories walked recursively for *.txt, *.md and *.jsonl, like the
// loader; hidden entries skipped). Prints files, bytes, matches, seconds and MB/s (MB = 10^6 bytes)
// on one line. Single-threaded on purpose: it is the cost of touching every byte once.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include <re2/re2.h>

namespace fs = std::filesystem;

namespace {

bool wanted(const fs::path& p) {
  const auto ext = p.extension();
  return ext == ".txt" || ext == ".md" || ext == ".jsonl";
}

void collect(const fs::path& p, std::vector<fs::path>* out) {
  std::error_code ec;
  if (!fs::is_directory(p, ec)) {
    out->push_back(p);
    return;
  }
  for (auto it = fs::recursive_directory_iterator(p, ec); it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) break;
    if (it->path().filename().string().rfind('.', 0) == 0) {
      if (it->is_directory()) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file() && wanted(it->path())) out->push_back(it->path());
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: re2_pass PATH...\n";
    return 2;
  }
  const auto start = std::chrono::steady_clock::now();
  std::vector<fs::path> files;
  for (int a = 1; a < argc; ++a) collect(argv[a], &files);
  std::sort(files.begin(), files.end());
  const RE2 digits("[0-9]+");
  unsigned long long bytes = 0, matches = 0;
  std::string text;
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    if (!in) {
      std::cerr << "re2_pass: cannot read " << f.string() << "\n";
      return 2;
    }
    std::ostringstream s;
    s << in.rdbuf();
    text = s.str();
    bytes += text.size();
    re2::StringPiece rest(text);
    while (RE2::FindAndConsume(&rest, digits)) ++matches;
  }
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("%zu files, %llu bytes, %llu matches, %.3f s, %.1f MB/s\n", files.size(), bytes, matches, secs,
              static_cast<double>(bytes) / 1e6 / secs);
  return 0;
}
