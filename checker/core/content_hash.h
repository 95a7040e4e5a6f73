// Content hashes (XXH3, 128 bits) for cache keys: which document, which rules, which index.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace checker {

/// A 128-bit hash as two words: half the memory of its 32 hex digits (and no allocation), so a
/// million documents can each keep one. Printed and stored as hex().
///   Hash128 h = text_hash("x");  Hash128::from_hex(h.hex()) == h;  Hash128::from_hex("zz") == nullopt
struct Hash128 {
  std::uint64_t high = 0;
  std::uint64_t low = 0;
  /// 32 lowercase hex digits, high word first.
  std::string hex() const;
  /// Reads what hex() wrote; nullopt unless exactly 32 hex digits.
  static std::optional<Hash128> from_hex(std::string_view hex);
  friend bool operator==(const Hash128& a, const Hash128& b) { return a.high == b.high && a.low == b.low; }
  friend bool operator!=(const Hash128& a, const Hash128& b) { return !(a == b); }
};

/// Hashes a sequence of fields; each field is length-prefixed, so ("ab", "c") ≠ ("a", "bc").
///   ContentHasher h; h.add("text"); h.add("2025-11"); h.hex() == "…" (32 hex digits)
class ContentHasher {
 public:
  ContentHasher();
  ~ContentHasher();
  ContentHasher(const ContentHasher&) = delete;
  ContentHasher& operator=(const ContentHasher&) = delete;
  void add(std::string_view field);
  /// The hash of every field added so far.
  Hash128 digest() const;
  /// digest() as 32 lowercase hex digits.
  std::string hex() const { return digest().hex(); }

 private:
  void* state_;  // XXH3_state_t, kept out of this header
};

/// The hash of one text: text_hash(t) is a ContentHasher given t alone.
Hash128 text_hash(std::string_view text);

}  // namespace checker
