// Content hashes (XXH3, 128 bits) for cache keys: which document, which rules, which index.
#pragma once

#include <string>
#include <string_view>

namespace checker {

/// Hashes a sequence of fields; each field is length-prefixed, so ("ab", "c") ≠ ("a", "bc").
///   ContentHasher h; h.add("text"); h.add("2025-11"); h.hex() == "…" (32 hex digits)
class ContentHasher {
 public:
  ContentHasher();
  ~ContentHasher();
  ContentHasher(const ContentHasher&) = delete;
  ContentHasher& operator=(const ContentHasher&) = delete;
  void add(std::string_view field);
  /// The hash of every field added so far, as 32 lowercase hex digits.
  std::string hex() const;

 private:
  void* state_;  // XXH3_state_t, kept out of this header
};

/// The hash of one text: text_hash(t) is a ContentHasher given t alone.
std::string text_hash(std::string_view text);

}  // namespace checker
