// Finds any of a list of names in folded text, at word boundaries, longest first, in time
// linear in the text whatever the number of names: a hash lookup of each word that may start a
// name, then of the few spans that end at a boundary after it. The subject index holds every
// name discovered in the corpus (hundreds of thousands on a large archive), too many for one
// RE2 alternation (whose per-byte cost and memory grow with the list).
//   NameMatcher m({"pont de vardenne", "vardenne"});
//   m.find_all("le pont de vardenne53(*)") -> [{3, 19, 0}]
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "checker/extract/phrase_matcher.h"

namespace checker {

class NameMatcher {
 public:
  /// `names` are folded already (see fold()); runs of spaces inside them match any run of spaces.
  /// Taken by value and emptied name by name as they are kept: a moved-in list of hundreds of
  /// thousands of names is not held twice.
  explicit NameMatcher(std::vector<std::string> names);

  /// Non-overlapping hits, left to right; at each start the longest name wins. A boundary is
  /// where a letter meets a non-letter, or a letter a digit ("vardenne53" ends "vardenne").
  std::vector<PhraseHit> find_all(const std::string& folded) const;

 private:
  // An open-addressing table of views of `text_` (one block for all names): a slot holds 32 bits
  // of the key's hash and its entry, so a miss, the common case for a word of the text, costs one
  // probe and no string comparison. Built once, never grown. (A node-based hash map of string
  // views cost a pointer chase per probe and about three times the memory.)
  class Table {
   public:
    /// Room for `n` keys.
    explicit Table(size_t n = 0);
    /// The value of `key` (a view of the names' text), added as `value` if absent; `*added` tells.
    uint32_t& find_or_add(std::string_view key, const std::string& text, uint32_t value, bool* added);
    /// The value of `key`, or null.
    const uint32_t* find(std::string_view key, const std::string& text) const;

   private:
    struct Slot {
      uint32_t tag = 0;    // the hash's high bits
      uint32_t entry = 0;  // 1 + index into entries_; 0: empty
    };
    struct Entry {
      size_t offset;  // into the names' text
      uint32_t size;  // a name is part of one document's text, which is under 4 GiB
      uint32_t value;
    };
    std::vector<Slot> slots_;
    std::vector<Entry> entries_;
    size_t mask_ = 0;
  };

  std::string text_;  // the names, spaces collapsed, one after another
  Table index_;       // name -> its index in the list given
  // The first word of every name -> its entry in `firsts_`: the bytes of the longest name it
  // starts, and which lengths its names have (bit k: a name of k bytes, for k < 63; bit 63: one
  // of 63 bytes or more).
  struct FirstWord {
    uint64_t lengths = 0;
    uint32_t reach = 0;
  };
  Table first_words_;
  std::vector<FirstWord> firsts_;
  // A filter before that table: bit first_word_key(w) is set for every first word w, so most
  // words of a text (which start no name) are passed over without hashing them.
  static constexpr size_t kFirstWordBits = size_t{1} << 16;
  std::vector<uint64_t> first_word_bits_ = std::vector<uint64_t>(kFirstWordBits / 64);
};

}  // namespace checker
