// Internal to the fraction grammar: a whole number read before a fraction or as a ratio's term.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "checker/parse/number.h"
#include "checker/parse/number_words.h"

namespace checker {

struct Whole {
  double value = 0;
  size_t length = 0;
  double scale = 1;  // the scale word it ended on ("trois millions"), 1 otherwise
};

/// An integer in digits or in words at the start of `text`, with the tokens read.
inline std::optional<Whole> whole_at(std::string_view text, Lang lang) {
  if (auto n = parse_number(text, lang)) return Whole{n->value.amount, n->length, 1};
  const std::vector<NumberWord> ws = read_number_words(text, lang);
  if (ws.empty()) return std::nullopt;
  return Whole{fold_number_words(ws, 0, ws.size()), ws.back().end, 1};
}

}  // namespace checker
