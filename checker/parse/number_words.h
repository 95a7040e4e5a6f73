// Numbers written in words, at the start of a piece of text.
//   parse_number_words("trois cents", kFr)        -> 300
//   parse_number_words("vingt et un", kFr)        -> 21
//   parse_number_words("une dizaine", kFr)        -> 10, qualifier "approx"
//   parse_number_words("a dozen", kEn)            -> 12
//   parse_number_words("un rapport", kFr)         -> nullopt (an article, not the number 1)
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "checker/parse/number.h"

namespace checker {

/// A number in words (fr: zéro … seize, vingt … quatre-vingt-dix, cent, mille, million, joined by
/// hyphens, spaces or "et"; en: zero … ninety, hundred, thousand, joined by hyphens, spaces or
/// "and"), or a collective ("une dizaine", "une centaine", "un millier", "a dozen"). A lone
/// "un"/"une" is an article and is not parsed; "a"/"an" count only before hundred/thousand/dozen.
/// Scale words (million, milliard, billion, trillion) are part of the number ("un million deux
/// cent mille" = 1 200 000).
std::optional<ParsedValue> parse_number_words(std::string_view text, Lang lang);

/// One number word as read, before folding: its value (scale words are stored negated:
/// hundred -100, thousand -1000 …), its bytes, and whether "and"/"et" joined it to the previous.
struct NumberWord {
  double value = 0;
  size_t start = 0, end = 0;
  bool after_and = false;
};

/// The number words at the very start of `text` ("one hundred and three" = 3 words), unfolded;
/// empty when the text does not start with one. The fraction grammar splits them.
std::vector<NumberWord> read_number_words(std::string_view text, Lang lang);

/// The value of words [from, to) read together ("trois cent vingt" = 320).
double fold_number_words(const std::vector<NumberWord>& words, size_t from, size_t to);

/// The multiplier a word applies (100 for hundred, 1e6 for million), 0 for other words.
double number_word_scale(const NumberWord& word);

}  // namespace checker
