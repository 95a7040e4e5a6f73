// A memo of the number grammars at one place of one text. The value scanner tries a dozen
// grammars at each trigger (ratio, fraction, quantity, duration, date…), and most of them begin
// by reading the same number in digits or words at the same bytes; with a memo open, each of
// those readings is parsed once per trigger.
//   {
//     ParseMemo memo(text);                 // open on this thread until the end of the block
//     parse_number(text.substr(5), kFr);    // parsed
//     parse_number(text.substr(5), kFr);    // the same view of `text`: remembered
//   }
#pragma once

#include <array>
#include <optional>
#include <string_view>
#include <vector>

#include "checker/parse/lang.h"
#include "checker/parse/number.h"
#include "checker/parse/number_words.h"

namespace checker {

/// While a ParseMemo is open on a thread, parse_number, parse_number_words and
/// read_number_words called there with the same view (same address, same size) of its `text`
/// and the same language return the result of the first call. Views of other bytes (a grammar's
/// own lowercased copy, say) are not remembered, so a buffer freed and reused cannot answer for
/// another. `text` must not change while the memo is open: the scanner opens one per scan and
/// clears it at each trigger. Memos nest (the inner one is used).
class ParseMemo {
 public:
  explicit ParseMemo(std::string_view text);
  ~ParseMemo();
  ParseMemo(const ParseMemo&) = delete;
  ParseMemo& operator=(const ParseMemo&) = delete;

  /// Forgets every result (the scanner calls it at each trigger, to keep the few slots for the
  /// readings at hand).
  void clear();

  /// The memo open on this thread, or nullptr.
  static ParseMemo* active();

  /// What `parse(text, lang)` gives: the result kept by the memo open on this thread when it
  /// holds one for this view and language, else parsed (and kept, when a memo is open and the
  /// view lies in its text). One table per grammar: digits, number words, the words' readings.
  static std::optional<ParsedValue> digits(std::string_view text, Lang lang,
                                           std::optional<ParsedValue> (*parse)(std::string_view, Lang));
  static std::optional<ParsedValue> number_words(std::string_view text, Lang lang,
                                                 std::optional<ParsedValue> (*parse)(std::string_view, Lang));
  static std::vector<NumberWord> words(std::string_view text, Lang lang,
                                       std::vector<NumberWord> (*parse)(std::string_view, Lang));

 private:
  template <typename T>
  struct Slots {
    struct Slot {
      const char* data = nullptr;
      size_t size = 0;
      Lang lang = Lang::kFr;
      T value{};
    };
    std::array<Slot, 6> slots;
    size_t used = 0, next = 0;
    const T* find(std::string_view text, Lang lang) const;
    void keep(std::string_view text, Lang lang, const T& value);
  };
  Slots<std::optional<ParsedValue>> numbers_, number_words_;
  Slots<std::vector<NumberWord>> words_;

  template <typename T>
  static T through(Slots<T> ParseMemo::*table, std::string_view text, Lang lang, T (*parse)(std::string_view, Lang));
  std::string_view text_;
  ParseMemo* outer_;

  bool covers(std::string_view view) const;
};

}  // namespace checker
