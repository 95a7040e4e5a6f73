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

template <typename T>
T ParseMemo::through(Slots<T> ParseMemo::*table, std::string_view text, Lang lang, T (*parse)(std::string_view, Lang)) {
  ParseMemo* memo = open_memo;
  if (!memo || !memo->covers(text)) return parse(text, lang);
  Slots<T>& slots = memo->*table;
  if (const T* kept = slots.find(text, lang)) return *kept;
  T out = parse(text, lang);
  slots.keep(text, lang, out);
  return out;
}

std::optional<ParsedValue> ParseMemo::digits(std::string_view text, Lang lang,
                                             std::optional<ParsedValue> (*parse)(std::string_view, Lang)) {
  return through(&ParseMemo::numbers_, text, lang, parse);
}
std::optional<ParsedValue> ParseMemo::number_words(std::string_view text, Lang lang,
                                                   std::optional<ParsedValue> (*parse)(std::string_view, Lang)) {
  return through(&ParseMemo::number_words_, text, lang, parse);
}
std::vector<NumberWord> ParseMemo::words(std::string_view text, Lang lang,
                                         std::vector<NumberWord> (*parse)(std::string_view, Lang)) {
  return through(&ParseMemo::words_, text, lang, parse);
}

}  // namespace checker
