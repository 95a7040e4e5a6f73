// A string written once and kept until the process ends, in one pointer: every document of a
// corpus keeps its path and title until the reports are written, and a std::string is 32 bytes
// plus a heap block of its own for anything over 15 bytes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <ostream>
#include <string>
#include <string_view>

namespace checker {

/// An immutable string in 8 bytes: null when empty, else a pointer into a process-wide,
/// append-only arena holding a 32-bit length, the bytes and a NUL. Reads like the std::string
/// it replaced (size, find, substr, comparisons, +, <<, JSON) and converts to a string view or
/// a string; assigning a string writes a new copy into the arena (the old one stays: nothing
/// is freed before exit, so copies are pointer copies). Writing takes a lock; reading does not.
///   ArenaString none, path = std::string("corpus/a.md");
///   assert(none.empty() && path == "corpus/a.md" && path.size() == 11 && path.rfind('/') == 6);
class ArenaString {
 public:
  ArenaString() = default;
  ArenaString(const std::string& text) : ArenaString(std::string_view(text)) {}  // NOLINT: as a std::string field was
  ArenaString(const char* text) : ArenaString(std::string_view(text)) {}         // NOLINT
  explicit ArenaString(std::string_view text) : bytes_(text.empty() ? nullptr : keep(text)) {}

  bool empty() const { return bytes_ == nullptr; }
  size_t size() const {
    if (!bytes_) return 0;
    uint32_t n = 0;
    std::memcpy(&n, bytes_, sizeof n);
    return n;
  }
  size_t length() const { return size(); }
  const char* data() const { return bytes_ ? bytes_ + sizeof(uint32_t) : ""; }
  const char* c_str() const { return data(); }
  std::string_view view() const { return {data(), size()}; }
  std::string str() const { return std::string(view()); }
  operator std::string_view() const { return view(); }  // NOLINT: reads as the string it replaced
  operator std::string() const { return str(); }         // NOLINT
  const char* begin() const { return data(); }
  const char* end() const { return data() + size(); }
  char operator[](size_t i) const { return data()[i]; }

  size_t find(std::string_view s, size_t pos = 0) const { return view().find(s, pos); }
  size_t find(char c, size_t pos = 0) const { return view().find(c, pos); }
  size_t rfind(std::string_view s, size_t pos = std::string::npos) const { return view().rfind(s, pos); }
  size_t rfind(char c, size_t pos = std::string::npos) const { return view().rfind(c, pos); }
  std::string substr(size_t pos, size_t n = std::string::npos) const { return std::string(view().substr(pos, n)); }
  int compare(std::string_view s) const { return view().compare(s); }
  int compare(size_t pos, size_t n, std::string_view s) const { return view().compare(pos, n, s); }

  // Hidden friends, as InternedString's: found only when an ArenaString is an operand.
  friend bool operator==(const ArenaString& a, const ArenaString& b) { return a.view() == b.view(); }
  friend bool operator!=(const ArenaString& a, const ArenaString& b) { return !(a == b); }
  friend bool operator<(const ArenaString& a, const ArenaString& b) { return a.view() < b.view(); }
  friend bool operator==(const ArenaString& a, const std::string& b) { return a.view() == b; }
  friend bool operator==(const std::string& a, const ArenaString& b) { return b == a; }
  friend bool operator!=(const ArenaString& a, const std::string& b) { return !(a == b); }
  friend bool operator!=(const std::string& a, const ArenaString& b) { return !(b == a); }
  friend bool operator==(const ArenaString& a, const char* b) { return a.view() == b; }
  friend bool operator!=(const ArenaString& a, const char* b) { return !(a == b); }
  friend bool operator==(const ArenaString& a, std::string_view b) { return a.view() == b; }
  friend bool operator!=(const ArenaString& a, std::string_view b) { return !(a == b); }
  friend bool operator<(const ArenaString& a, const std::string& b) { return a.view() < b; }
  friend bool operator<(const std::string& a, const ArenaString& b) { return std::string_view(a) < b.view(); }
  friend std::string operator+(const ArenaString& a, const std::string& b) { return a.str() + b; }
  friend std::string operator+(const std::string& a, const ArenaString& b) { return a + b.str(); }
  friend std::string operator+(const ArenaString& a, const char* b) { return a.str() + b; }
  friend std::string operator+(const char* a, const ArenaString& b) { return a + b.str(); }
  friend std::string operator+(const ArenaString& a, char b) { return a.str() + b; }
  friend std::string operator+(char a, const ArenaString& b) { return a + b.str(); }
  friend std::string operator+(std::string&& a, const ArenaString& b) { return std::move(a) += b.view(); }
  friend std::ostream& operator<<(std::ostream& out, const ArenaString& s) { return out << s.view(); }

  /// Bytes the arena has taken from the system so far (for benchmarks).
  static size_t arena_bytes();

 private:
  static const char* keep(std::string_view text);
  const char* bytes_ = nullptr;
};

/// JSON libraries find this by argument-dependent lookup (nlohmann's to_json): written as its text.
template <typename Json>
void to_json(Json& j, const ArenaString& s) {
  j = s.str();
}

}  // namespace checker

template <>
struct std::hash<checker::ArenaString> {
  size_t operator()(const checker::ArenaString& s) const noexcept { return std::hash<std::string_view>()(s.view()); }
};
