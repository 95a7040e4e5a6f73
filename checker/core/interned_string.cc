// The pool behind InternedString: texts in chunks that never move (interned_detail::text finds
// one by its number without a lock), found by views of them, so a lookup of a text already held
// allocates nothing.
#include "checker/core/interned_string.h"

#include <array>
#include <mutex>
#include <new>
#include <stdexcept>
#include <unordered_map>

namespace checker {
namespace interned_detail {

std::atomic<const std::string*> chunks[kChunks];

}  // namespace interned_detail

namespace {

using interned_detail::chunks;
using interned_detail::kFirstChunkBits;

struct Pool {
  std::mutex mutex;
  uint64_t count = 0;  // texts held; the next one's number
  std::unordered_map<std::string_view, uint32_t> by_text;

  // Constructs the next text in its slot (a chunk's memory is taken when its first slot is) and
  // returns its number. Chunks are raw memory: slots not yet used are never touched.
  uint32_t add(std::string_view text) {
    const uint64_t n = count + (uint64_t{1} << kFirstChunkBits);
    const unsigned top = 63u - static_cast<unsigned>(__builtin_clzll(n));
    const uint64_t slot = n - (uint64_t{1} << top);
    if (top - kFirstChunkBits >= interned_detail::kChunks) throw std::length_error("interned string pool full");
    std::atomic<const std::string*>& chunk = chunks[top - kFirstChunkBits];
    if (slot == 0) {
      void* memory = ::operator new(sizeof(std::string) << top);
      chunk.store(static_cast<const std::string*>(memory), std::memory_order_release);
    }
    const std::string* first = chunk.load(std::memory_order_relaxed);
    const std::string* held = new (const_cast<std::string*>(first) + slot) std::string(text);
    by_text.emplace(*held, static_cast<uint32_t>(count));
    return static_cast<uint32_t>(count++);
  }

  Pool() { add(""); }  // number 0, which default strings hold
};

// Never destroyed: interned strings may be read by static objects' destructors at exit.
Pool& pool() {
  static Pool* p = new Pool;
  return *p;
}

uint32_t intern_locked(std::string_view text) {
  Pool& p = pool();
  std::lock_guard<std::mutex> lock(p.mutex);
  auto it = p.by_text.find(text);
  if (it != p.by_text.end()) return it->second;
  return p.add(text);
}

// Each thread remembers the texts it interned last in a small table by hash, so that the
// attribute ids, families and reasons that repeat claim after claim take no lock. A held text
// never moves nor dies, so a remembered number stays right. Empty texts never come here, so a
// slot still holding 0 (the empty text) matches nothing.
uint32_t intern(std::string_view text) {
  constexpr size_t kSlots = 1024;
  thread_local std::array<uint32_t, kSlots> recent{};
  const size_t slot = std::hash<std::string_view>()(text) % kSlots;
  uint32_t held = recent[slot];
  if (held != 0 && std::string_view(interned_detail::text(held)) == text) return held;
  held = intern_locked(text);
  recent[slot] = held;
  return held;
}

}  // namespace

InternedString::InternedString() { pool(); }
InternedString::InternedString(const std::string& text) : id_(text.empty() ? (pool(), 0) : intern(text)) {}
InternedString::InternedString(std::string_view text) : id_(text.empty() ? (pool(), 0) : intern(text)) {}
InternedString::InternedString(const char* text) : InternedString(std::string_view(text)) {}

size_t InternedString::pool_size() {
  Pool& p = pool();
  std::lock_guard<std::mutex> lock(p.mutex);
  return p.count;
}

}  // namespace checker
