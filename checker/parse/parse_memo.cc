// The memo of the number grammars (one per thread at most, opened by the value scanner).
#include "checker/parse/parse_memo.h"

#include <cstdint>

namespace checker {
namespace {

thread_local ParseMemo* open_memo = nullptr;

}  // namespace

ParseMemo::ParseMemo(std::string_view text) : text_(text), outer_(open_memo) { open_memo = this; }

ParseMemo::~ParseMemo() { open_memo = outer_; }

ParseMemo* ParseMemo::active() { return open_memo; }

bool ParseMemo::covers(std::string_view view) const {
  // Compared as integers: pointers into different buffers have no order in C++.
  const auto at = reinterpret_cast<std::uintptr_t>(view.data());
  const auto begin = reinterpret_cast<std::uintptr_t>(text_.data());
  return at >= begin && at <= begin + text_.size() && view.size() <= begin + text_.size() - at;
}

void ParseMemo::clear() {
  numbers_.used = numbers_.next = 0;
  number_words_.used = number_words_.next = 0;
  words_.used = words_.next = 0;
}

template <typename T>
const T* ParseMemo::Slots<T>::find(std::string_view text, Lang lang) const {
  for (size_t i = 0; i < used; ++i)
    if (slots[i].data == text.data() && slots[i].size == text.size() && slots[i].lang == lang) return &slots[i].value;
  return nullptr;
}

template <typename T>
void ParseMemo::Slots<T>::keep(std::string_view text, Lang lang, const T& value) {
  Slot& s = slots[next];
  s.data = text.data();
  s.size = text.size();
  s.lang = lang;
  s.value = value;
  next = (next + 1) % slots.size();
  if (used < slots.size()) ++used;
}

const std::optional<ParsedValue>* ParseMemo::find_number(std::string_view text, Lang lang) const {
  return covers(text) ? numbers_.find(text, lang) : nullptr;
}
void ParseMemo::keep_number(std::string_view text, Lang lang, const std::optional<ParsedValue>& value) {
  if (covers(text)) numbers_.keep(text, lang, value);
}
const std::optional<ParsedValue>* ParseMemo::find_number_words(std::string_view text, Lang lang) const {
  return covers(text) ? number_words_.find(text, lang) : nullptr;
}
void ParseMemo::keep_number_words(std::string_view text, Lang lang, const std::optional<ParsedValue>& value) {
  if (covers(text)) number_words_.keep(text, lang, value);
}
const std::vector<NumberWord>* ParseMemo::find_words(std::string_view text, Lang lang) const {
  return covers(text) ? words_.find(text, lang) : nullptr;
}
void ParseMemo::keep_words(std::string_view text, Lang lang, const std::vector<NumberWord>& words) {
  if (covers(text)) words_.keep(text, lang, words);
}

}  // namespace checker
