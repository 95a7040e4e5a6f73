// The table behind DateMod: at most 256 texts, slot 0 the empty one, written under a lock and
// read without one (a slot is filled before its number is handed out, and never changes).
#include "checker/core/date_mod.h"

#include <array>
#include <mutex>
#include <stdexcept>

namespace checker {
namespace {

struct Table {
  std::mutex mutex;
  std::array<std::string, 256> texts;  // texts[0] is ""
  size_t used = 1;
};

// Never destroyed: modifiers may be read by static objects' destructors at exit.
Table& table() {
  static Table* t = new Table;
  return *t;
}

}  // namespace

std::optional<DateMod> DateMod::find_or_add(std::string_view text) {
  DateMod m;
  if (text.empty()) return m;
  Table& t = table();
  std::lock_guard<std::mutex> lock(t.mutex);
  for (size_t i = 1; i < t.used; ++i)
    if (t.texts[i] == text) {
      m.id_ = static_cast<uint8_t>(i);
      return m;
    }
  if (t.used == t.texts.size()) return std::nullopt;
  t.texts[t.used] = std::string(text);
  m.id_ = static_cast<uint8_t>(t.used++);
  return m;
}

DateMod::DateMod(std::string_view text) {
  const std::optional<DateMod> m = find_or_add(text);
  if (!m) throw std::length_error("more than 255 distinct date modifiers");
  id_ = m->id_;
}

const std::string& DateMod::str() const { return table().texts[id_]; }

}  // namespace checker
