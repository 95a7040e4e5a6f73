// Name matching by hash lookups: a word that starts a name, then the spans that end at a word
// boundary within the longest name's length.
#include "checker/extract/name_matcher.h"

#include <algorithm>
#include <cstring>
#include <string_view>

#include <xxhash.h>

#include "checker/text/fold.h"
#include "checker/text/word_class.h"

namespace checker {
namespace {

inline size_t word_end(std::string_view text, size_t pos) {
  const int cls = word_class(text[pos]);
  while (pos < text.size() && word_class(text[pos]) == cls) ++pos;
  return pos;
}

// A word's slot in the first-word filter: its first two bytes, its last byte and its length.
size_t first_word_key(std::string_view w, size_t bits) {
  const auto b = [&](size_t i) { return static_cast<size_t>(static_cast<unsigned char>(w[i])); };
  const size_t h = (b(0) * 0x9E37u) ^ (b(w.size() > 1 ? 1 : 0) * 0x85EBu) ^ (b(w.size() - 1) * 0xC2B3u) ^ (w.size() * 0x27D4u);
  return (h ^ (h >> 16)) & (bits - 1);
}

uint64_t length_bit(size_t length) { return uint64_t{1} << std::min<size_t>(length, 63); }

uint64_t hash_of(std::string_view key) { return XXH3_64bits(key.data(), key.size()); }

}  // namespace

NameMatcher::Table::Table(size_t n) {
  size_t capacity = 16;
  while (capacity < n + n / 2) capacity *= 2;  // at most two thirds full
  slots_.resize(capacity);
  mask_ = capacity - 1;
  entries_.reserve(n);
}

uint32_t& NameMatcher::Table::find_or_add(std::string_view key, const std::string& text, uint32_t value,
                                          bool* added) {
  const uint64_t h = hash_of(key);
  const auto tag = static_cast<uint32_t>(h >> 32);
  for (size_t at = h & mask_;; at = (at + 1) & mask_) {
    Slot& slot = slots_[at];
    if (slot.entry == 0) {
      entries_.push_back({static_cast<size_t>(key.data() - text.data()), static_cast<uint32_t>(key.size()), value});
      slot = {tag, static_cast<uint32_t>(entries_.size())};
      *added = true;
      return entries_.back().value;
    }
    Entry& e = entries_[slot.entry - 1];
    if (slot.tag == tag && e.size == key.size() && std::memcmp(text.data() + e.offset, key.data(), key.size()) == 0) {
      *added = false;
      return e.value;
    }
  }
}

const uint32_t* NameMatcher::Table::find(std::string_view key, const std::string& text) const {
  const uint64_t h = hash_of(key);
  const auto tag = static_cast<uint32_t>(h >> 32);
  for (size_t at = h & mask_;; at = (at + 1) & mask_) {
    const Slot& slot = slots_[at];
    if (slot.entry == 0) return nullptr;
    const Entry& e = entries_[slot.entry - 1];
    if (slot.tag == tag && e.size == key.size() && std::memcmp(text.data() + e.offset, key.data(), key.size()) == 0)
      return &e.value;
  }
}

NameMatcher::NameMatcher(std::vector<std::string> names) {
  // The names' text first (views into it stay valid once it stops growing), then the tables.
  struct Kept {
    size_t offset, size;
    uint32_t index;
  };
  std::vector<Kept> kept;
  for (size_t i = 0; i < names.size(); ++i) {
    std::string name = collapse_spaces(names[i]);
    std::string().swap(names[i]);
    if (name.empty() || word_class(name[0]) == 0) continue;  // a name starts with a word
    kept.push_back({text_.size(), name.size(), static_cast<uint32_t>(i)});
    text_ += name;
  }
  std::vector<std::string>().swap(names);
  text_.shrink_to_fit();
  index_ = Table(kept.size());
  first_words_ = Table(kept.size());
  for (const Kept& k : kept) {
    const std::string_view name(text_.data() + k.offset, k.size);
    const std::string_view first_word = name.substr(0, word_end(name, 0));
    const size_t key = first_word_key(first_word, kFirstWordBits);
    first_word_bits_[key / 64] |= uint64_t{1} << (key % 64);
    bool added = false;
    const uint32_t at = first_words_.find_or_add(first_word, text_, static_cast<uint32_t>(firsts_.size()), &added);
    if (added) firsts_.emplace_back();
    FirstWord& first = firsts_[at];
    first.reach = std::max(first.reach, static_cast<uint32_t>(name.size()));
    first.lengths |= length_bit(name.size());
    index_.find_or_add(name, text_, k.index, &added);  // the first of equal names keeps its index
  }
}

std::vector<PhraseHit> NameMatcher::find_all(const std::string& folded) const {
  std::vector<PhraseHit> hits;
  if (text_.empty()) return hits;
  const std::string_view text(folded);
  size_t s = 0;
  while (s < text.size()) {
    if (word_class(text[s]) == 0 || !word_boundary(text, s)) {
      ++s;
      continue;
    }
    const size_t first_end = word_end(text, s);
    const std::string_view word = text.substr(s, first_end - s);
    if (const size_t key = first_word_key(word, kFirstWordBits); !(first_word_bits_[key / 64] >> (key % 64) & 1)) {
      s = first_end;
      continue;
    }
    const uint32_t* at = first_words_.find(word, text_);
    if (!at) {
      s = first_end;
      continue;
    }
    const FirstWord& first = firsts_[*at];
    // The longest name from s that ends at a boundary, after a word character (runs of spaces
    // in the text count once against a name's length: allow for a few).
    const size_t limit = std::min(text.size(), s + first.reach + 8);
    // Without a run of spaces in reach, a span is looked up as it is, and only when a name of
    // its length starts with this word.
    const bool runs = text.substr(s, limit - s).find("  ") != std::string_view::npos;
    bool found = false;
    for (size_t e = limit; e >= first_end; --e) {
      if (!runs && !(first.lengths & length_bit(e - s))) continue;
      if (!word_boundary(text, e) || word_class(text[e - 1]) == 0) continue;
      const std::string_view span = text.substr(s, e - s);
      // Only a span with a run of spaces needs collapsing before the lookup.
      std::string collapsed;
      if (runs && span.find("  ") != std::string_view::npos) collapsed = collapse_spaces(span);
      const uint32_t* index = index_.find(collapsed.empty() ? span : std::string_view(collapsed), text_);
      if (!index) continue;
      hits.push_back({s, e, *index});
      s = e;
      found = true;
      break;
    }
    if (!found) s = first_end;
  }
  return hits;
}

}  // namespace checker
