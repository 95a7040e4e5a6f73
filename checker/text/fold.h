// Folded text for matching names and cue phrases: case, diacritics, apostrophes, hyphens and
// spaces folded, with a map back to the original bytes.
//   FoldedText f("Vårdenne’s Ariane-6");
//   f.text == "vardenne's ariane 6"; f.original(0) == 0
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace checker {

class FoldedText {
 public:
  /// `original` is under 4 GiB (a document is at most 16 MiB, a `checker mentions` text 1 GiB);
  /// a longer one throws std::length_error.
  explicit FoldedText(std::string_view original);
  const std::string& text() const { return text_; }
  /// Original byte offset of folded offset `i` (i may equal text().size()).
  size_t original(size_t i) const { return map_[i]; }
  /// The text it folds (it must outlive this object).
  std::string_view source() const { return source_; }

 private:
  std::string_view source_;
  std::string text_;
  // Folded offset -> original offset, text().size() + 1 entries: four bytes each, and written
  // once (not zeroed first) as every text of the corpus is folded.
  std::unique_ptr<uint32_t[]> map_;
};

/// Runs of spaces as one space, none at either end ("pont  de vardenne " -> "pont de vardenne").
std::string collapse_spaces(std::string_view s);

/// Folds a short string the same way (for phrases from rule packs).
std::string fold(std::string_view s);

/// Folds case and typographic variants but keeps diacritics ("Né" -> "né", "l’" -> "l'"), with
/// runs of spaces collapsed: how an accent a rule writer typed is checked in the text.
std::string fold_case(std::string_view s);

}  // namespace checker
