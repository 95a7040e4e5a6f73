// Numbers written in words, at the start of a piece of text.
//   parse_number_words("trois cents", kFr)        -> 300
//   parse_number_words("vingt et un", kFr)        -> 21
//   parse_number_words("une dizaine", kFr)        -> 10, qualifier "approx"
//   parse_number_words("a dozen", kEn)            -> 12
//   parse_number_words("un rapport", kFr)         -> nullopt (an article, not the number 1)
#pragma once

#include <optional>
#include <string_view>

#include "checker/parse/number.h"

namespace checker {

/// A number in words (fr: zéro … seize, vingt … quatre-vingt-dix, cent, mille, million, joined by
/// hyphens, spaces or "et"; en: zero … ninety, hundred, thousand, joined by hyphens, spaces or
/// "and"), or a collective ("une dizaine", "une centaine", "un millier", "a dozen"). A lone
/// "un"/"une" is an article and is not parsed; "a"/"an" count only before hundred/thousand/dozen.
/// Scale words (million, milliard, billion, trillion) are part of the number ("un million deux
/// cent mille" = 1 200 000).
std::optional<ParsedValue> parse_number_words(std::string_view text, Lang lang);

}  // namespace checker
