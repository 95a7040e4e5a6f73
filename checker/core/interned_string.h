// A string kept once per process: claims repeat a few thousand attribute ids, families, producers,
// subject names and reasons over millions of claims, so each holds a 32-bit number instead of a copy.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <ostream>
#include <string>
#include <string_view>

namespace checker {

namespace interned_detail {

// The pool's texts live in chunks that never move: chunk k holds 256 << k of them, so 24 chunks
// hold every 32-bit number. Text number n is slot n + 256 - (256 << k) of chunk k, where 256 << k
// is n + 256's highest bit. A chunk is published before any number in it is handed out.
constexpr unsigned kFirstChunkBits = 8;
constexpr unsigned kChunks = 24;
extern std::atomic<const std::string*> chunks[kChunks];

inline const std::string& text(uint32_t id) {
  const uint64_t n = uint64_t{id} + (uint64_t{1} << kFirstChunkBits);
  const unsigned top = 63u - static_cast<unsigned>(__builtin_clzll(n));
  return chunks[top - kFirstChunkBits].load(std::memory_order_acquire)[n - (uint64_t{1} << top)];
}

}  // namespace interned_detail

/// An immutable string from a process-wide pool: equal texts share one copy, which lives until
/// the process ends. Reads like a `const std::string&` and is assigned from any string; equality
/// compares the texts' numbers in the pool, ordering compares the texts (so sorted output does not
/// change). Four bytes: a claim holds a dozen, and millions of claims stay in memory.
///   InternedString a = std::string("finance.cost"), b = "finance.cost";
///   assert(a == b && &a.str() == &b.str() && a == "finance.cost");
/// Interning takes a lock (extraction threads share the pool); reading does not. The empty text is
/// number 0.
class InternedString {
 public:
  InternedString();  // ""
  InternedString(const std::string& text);  // NOLINT: implicit, as a std::string field was
  explicit InternedString(std::string_view text);
  InternedString(const char* text);  // NOLINT

  const std::string& str() const { return text(); }
  operator const std::string&() const { return text(); }  // NOLINT: reads as the string it replaced

  bool empty() const { return id_ == 0; }
  size_t size() const { return text().size(); }
  const char* c_str() const { return text().c_str(); }
  const char* data() const { return text().data(); }
  std::string::const_iterator begin() const { return text().begin(); }
  std::string::const_iterator end() const { return text().end(); }
  size_t find(std::string_view s, size_t pos = 0) const { return text().find(s, pos); }
  size_t find(char c, size_t pos = 0) const { return text().find(c, pos); }
  size_t rfind(std::string_view s, size_t pos = std::string::npos) const { return text().rfind(s, pos); }
  size_t rfind(char c, size_t pos = std::string::npos) const { return text().rfind(c, pos); }
  std::string substr(size_t pos, size_t n = std::string::npos) const { return text().substr(pos, n); }
  int compare(const std::string& s) const { return text().compare(s); }

  // Hidden friends: found only when an InternedString is an operand, so they never compete
  // with the standard library's operators on strings and string views.
  friend bool operator==(const InternedString& a, const InternedString& b) { return a.id_ == b.id_; }
  friend bool operator!=(const InternedString& a, const InternedString& b) { return !(a == b); }
  friend bool operator<(const InternedString& a, const InternedString& b) { return a.str() < b.str(); }
  friend bool operator>(const InternedString& a, const InternedString& b) { return b < a; }
  friend bool operator<=(const InternedString& a, const InternedString& b) { return !(b < a); }
  friend bool operator>=(const InternedString& a, const InternedString& b) { return !(a < b); }
  friend bool operator==(const InternedString& a, const std::string& b) { return a.str() == b; }
  friend bool operator==(const std::string& a, const InternedString& b) { return a == b.str(); }
  friend bool operator!=(const InternedString& a, const std::string& b) { return a.str() != b; }
  friend bool operator!=(const std::string& a, const InternedString& b) { return a != b.str(); }
  friend bool operator<(const InternedString& a, const std::string& b) { return a.str() < b; }
  friend bool operator<(const std::string& a, const InternedString& b) { return a < b.str(); }
  friend bool operator==(const InternedString& a, const char* b) { return a.str() == b; }
  friend bool operator!=(const InternedString& a, const char* b) { return a.str() != b; }
  friend bool operator==(const InternedString& a, std::string_view b) { return std::string_view(a.str()) == b; }
  friend bool operator!=(const InternedString& a, std::string_view b) { return std::string_view(a.str()) != b; }
  friend std::string operator+(const InternedString& a, const std::string& b) { return a.str() + b; }
  friend std::string operator+(const std::string& a, const InternedString& b) { return a + b.str(); }
  friend std::string operator+(const InternedString& a, const char* b) { return a.str() + b; }
  friend std::string operator+(const char* a, const InternedString& b) { return a + b.str(); }
  friend std::string operator+(const InternedString& a, char b) { return a.str() + b; }
  friend std::string operator+(char a, const InternedString& b) { return a + b.str(); }
  friend std::string operator+(std::string&& a, const InternedString& b) { return std::move(a) + b.str(); }
  friend std::ostream& operator<<(std::ostream& out, const InternedString& s) { return out << s.str(); }

  /// How many distinct texts the pool holds (for benchmarks).
  static size_t pool_size();

 private:
  const std::string& text() const { return interned_detail::text(id_); }

  uint32_t id_ = 0;
};

/// JSON libraries find this by argument-dependent lookup (nlohmann's to_json): written as its text.
template <typename Json>
void to_json(Json& j, const InternedString& s) {
  j = s.str();
}

}  // namespace checker

template <>
struct std::hash<checker::InternedString> {
  size_t operator()(const checker::InternedString& s) const noexcept { return std::hash<std::string>()(s.str()); }
};
