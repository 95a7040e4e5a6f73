// What an audit keeps of a document's text once its claims are built: the bytes reports quote (with
// their places) and its suppression comments, so the text itself need not stay in memory.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "checker/core/rare_vector.h"

namespace checker {

/// Where the claims of a line start, to where the last of them ends: the bytes of the original
/// text from byte `start` of the document (the start of its first claim, in its line number
/// `line`, at code point `column` of that line; both 1-based, in the document, not its JSONL
/// file), `size` bytes long, kept at byte `at` of the summary's `bytes`. It may cross lines (a
/// claim that does) and ends where the last claim it holds ends.
struct Excerpt {
  uint32_t start = 0;  // a document is at most 16 MiB (corpus/files.h)
  uint32_t size = 0;
  uint32_t at = 0;
  int line = 1;
  int column = 1;
};

/// One `<!-- checker-… RULE … -->` comment as written; engine/suppressions.h gives it meaning.
struct SuppressionComment {
  int line = 1;         // in the document (1-based, before adding a JSONL line base)
  int column = 1;
  std::string directive;  // disable-next-line | disable | enable
  std::string rule;
  bool has_reason = false;
};

/// An excerpt as it is made or read: its bytes at hand.
struct ExcerptText {
  size_t start = 0;
  int line = 1;
  int column = 1;
  std::string_view text;
};

/// A summary's excerpts and their bytes in one heap block (null when there are none): most
/// documents with claims have one or two, and a vector of them plus a block for their bytes cost
/// three blocks. Reads as a contiguous array of Excerpts; copies copy the block.
class Excerpts {
 public:
  Excerpts() = default;
  explicit Excerpts(const std::vector<ExcerptText>& items);
  Excerpts(const Excerpts& other) { *this = other; }
  Excerpts(Excerpts&&) noexcept = default;
  Excerpts& operator=(const Excerpts& other);
  Excerpts& operator=(Excerpts&&) noexcept = default;

  size_t size() const { return block_ ? block_[0].start : 0; }
  bool empty() const { return size() == 0; }
  const Excerpt* data() const { return block_ ? block_.get() + 1 : nullptr; }
  const Excerpt* begin() const { return data(); }
  const Excerpt* end() const { return data() + size(); }
  const Excerpt& operator[](size_t i) const { return block_[i + 1]; }
  /// The bytes of `e`, one of these excerpts.
  std::string_view text_of(const Excerpt& e) const {
    return {reinterpret_cast<const char*>(block_.get() + 1 + size()) + e.at, e.size};
  }

 private:
  // [0] holds the count (`start`) and the bytes' length (`size`); then the excerpts; then the
  // bytes, written into the Excerpts after them (char may alias any object).
  std::unique_ptr<Excerpt[]> block_;
};

/// Excerpts in text order, not overlapping; `lines` is the document's line count. Every document
/// of a streamed audit keeps one, and many have no excerpt and no comment: the excerpts are one
/// block and the comments a RareVector (one pointer each while empty), so a summary is 24 bytes.
struct TextSummary {
  uint32_t size = 0;
  int lines = 1;
  Excerpts excerpts;
  RareVector<SuppressionComment> comments;

  std::string_view text_of(const Excerpt& e) const { return excerpts.text_of(e); }
};

/// Sets `s`'s excerpts (in text order) and their bytes.
inline void set_excerpts(TextSummary* s, const std::vector<ExcerptText>& items) { s->excerpts = Excerpts(items); }

inline Excerpts::Excerpts(const std::vector<ExcerptText>& items) {
  if (items.empty()) return;
  size_t bytes = 0;
  for (const ExcerptText& e : items) bytes += e.text.size();
  const size_t n = 1 + items.size() + (bytes + sizeof(Excerpt) - 1) / sizeof(Excerpt);
  block_ = std::make_unique<Excerpt[]>(n);
  block_[0].start = static_cast<uint32_t>(items.size());  // a document is at most 16 MiB
  block_[0].size = static_cast<uint32_t>(bytes);
  char* out = reinterpret_cast<char*>(block_.get() + 1 + items.size());
  uint32_t at = 0;
  for (size_t k = 0; k < items.size(); ++k) {
    const ExcerptText& e = items[k];
    block_[k + 1] = {static_cast<uint32_t>(e.start), static_cast<uint32_t>(e.text.size()), at, e.line, e.column};
    if (!e.text.empty()) std::memcpy(out + at, e.text.data(), e.text.size());
    at += static_cast<uint32_t>(e.text.size());
  }
}

inline Excerpts& Excerpts::operator=(const Excerpts& other) {
  if (this == &other) return *this;
  if (!other.block_) {
    block_.reset();
    return *this;
  }
  const size_t n = 1 + other.size() + (other.block_[0].size + sizeof(Excerpt) - 1) / sizeof(Excerpt);
  block_ = std::make_unique<Excerpt[]>(n);
  std::memcpy(static_cast<void*>(block_.get()), other.block_.get(), n * sizeof(Excerpt));
  return *this;
}

}  // namespace checker
