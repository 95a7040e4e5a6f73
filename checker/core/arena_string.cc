// The arena behind ArenaString: blocks of 1 MiB filled front to back (a text over a quarter of a
// block gets a block of its own), never freed, so a pointer into it stays valid until exit.
#include "checker/core/arena_string.h"

#include <memory>
#include <mutex>
#include <vector>

namespace checker {
namespace {

constexpr size_t kBlock = size_t{1} << 20;

struct Arena {
  std::mutex mutex;
  std::vector<std::unique_ptr<char[]>> blocks;
  char* next = nullptr;  // the free part of the last block
  size_t left = 0;
  size_t taken = 0;

  char* take(size_t n) {
    n = (n + alignof(uint32_t) - 1) & ~(alignof(uint32_t) - 1);
    if (n > kBlock / 4) {  // large: its own block, the current one goes on being filled
      blocks.push_back(std::make_unique<char[]>(n));
      taken += n;
      return blocks.back().get();
    }
    if (n > left) {
      blocks.push_back(std::make_unique<char[]>(kBlock));
      taken += kBlock;
      next = blocks.back().get();
      left = kBlock;
    }
    char* out = next;
    next += n;
    left -= n;
    return out;
  }
};

// Never destroyed: documents may be read by static objects' destructors at exit.
Arena& arena() {
  static Arena* a = new Arena;
  return *a;
}

}  // namespace

const char* ArenaString::keep(std::string_view text) {
  const auto n = static_cast<uint32_t>(text.size());  // paths and titles: far below 4 GiB
  Arena& a = arena();
  char* out = nullptr;
  {
    std::lock_guard<std::mutex> lock(a.mutex);
    out = a.take(sizeof n + n + 1);
  }
  std::memcpy(out, &n, sizeof n);
  std::memcpy(out + sizeof n, text.data(), n);
  out[sizeof n + n] = '\0';
  return out;
}

size_t ArenaString::arena_bytes() {
  Arena& a = arena();
  std::lock_guard<std::mutex> lock(a.mutex);
  return a.taken;
}

}  // namespace checker
