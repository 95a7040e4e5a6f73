// A string that most records leave empty, in one pointer: a corpus of millions of documents
// holds a document's URL in each record, and most corpora give none.
#pragma once

#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>

namespace checker {

/// An owned string in 8 bytes: null when empty, else one allocation holding a 32-bit length and
/// the bytes (a std::string is 32 bytes even when empty). Copies copy the bytes.
///   RareString none, url = std::string("https://example.org/a");
///   assert(none.empty() && none.str() == "" && url.str() == "https://example.org/a");
class RareString {
 public:
  RareString() = default;
  RareString(const std::string& text) : RareString(std::string_view(text)) {}  // NOLINT: as a std::string field was
  RareString(const char* text) : RareString(std::string_view(text)) {}         // NOLINT
  explicit RareString(std::string_view text) {
    if (text.empty()) return;
    const auto n = static_cast<uint32_t>(text.size());  // a document is at most 16 MiB (corpus/files.h)
    bytes_ = std::make_unique<char[]>(sizeof n + n);
    std::memcpy(bytes_.get(), &n, sizeof n);
    std::memcpy(bytes_.get() + sizeof n, text.data(), n);
  }
  RareString(const RareString& other) : RareString(other.view()) {}
  RareString(RareString&&) noexcept = default;
  RareString& operator=(const RareString& other) {
    if (this != &other) *this = RareString(other.view());
    return *this;
  }
  RareString& operator=(RareString&&) noexcept = default;

  bool empty() const { return !bytes_; }
  std::string_view view() const {
    if (!bytes_) return {};
    uint32_t n = 0;
    std::memcpy(&n, bytes_.get(), sizeof n);
    return {bytes_.get() + sizeof n, n};
  }
  std::string str() const { return std::string(view()); }

  friend bool operator==(const RareString& a, const RareString& b) { return a.view() == b.view(); }
  friend bool operator!=(const RareString& a, const RareString& b) { return !(a == b); }

 private:
  std::unique_ptr<char[]> bytes_;
};

}  // namespace checker
