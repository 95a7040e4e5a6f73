// The pool behind InternedString: texts in a deque, so an address never moves, found by views
// of them, so a lookup of a text already held allocates nothing.
#include "checker/core/interned_string.h"

#include <array>
#include <deque>
#include <mutex>
#include <unordered_map>

namespace checker {
namespace {

struct Pool {
  std::mutex mutex;
  std::deque<std::string> texts;
  std::unordered_map<std::string_view, const std::string*> by_text;
};

// Never destroyed: interned strings may be read by static objects' destructors at exit.
Pool& pool() {
  static Pool* p = new Pool;
  return *p;
}

const std::string* intern_locked(std::string_view text) {
  Pool& p = pool();
  std::lock_guard<std::mutex> lock(p.mutex);
  auto it = p.by_text.find(text);
  if (it != p.by_text.end()) return it->second;
  const std::string* held = &p.texts.emplace_back(text);
  p.by_text.emplace(*held, held);
  return held;
}

// Each thread remembers the texts it interned last in a small table by hash, so that the
// attribute ids, families and reasons that repeat claim after claim take no lock. A held text
// never moves nor dies, so a remembered pointer stays right.
const std::string* intern(std::string_view text) {
  constexpr size_t kSlots = 1024;
  thread_local std::array<const std::string*, kSlots> recent{};
  const size_t slot = std::hash<std::string_view>()(text) % kSlots;
  const std::string* held = recent[slot];
  if (held && std::string_view(*held) == text) return held;
  held = intern_locked(text);
  recent[slot] = held;
  return held;
}

const std::string* empty_text() {
  static const std::string* e = intern("");
  return e;
}

}  // namespace

InternedString::InternedString() : text_(empty_text()) {}
InternedString::InternedString(const std::string& text) : text_(text.empty() ? empty_text() : intern(text)) {}
InternedString::InternedString(std::string_view text) : text_(text.empty() ? empty_text() : intern(text)) {}
InternedString::InternedString(const char* text) : InternedString(std::string_view(text)) {}

size_t InternedString::pool_size() {
  Pool& p = pool();
  std::lock_guard<std::mutex> lock(p.mutex);
  return p.texts.size();
}

}  // namespace checker
