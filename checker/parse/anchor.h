// Days named from another day of the text, at the start of a piece of text.
//   parse_anchor("le lendemain matin", kFr) -> {length 12, offset +1}
//   parse_anchor("la veille", kFr)          -> {length 9, offset -1}
//   parse_anchor("le matin même", kFr)      -> {length 13, offset 0, "TMO"}
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "checker/parse/lang.h"

namespace checker {

struct ParsedAnchor {
  size_t length = 0;
  int offset = 0;    // in days from the anchor
  std::string part;  // a part of that day ("TMO"), or ""
};

/// fr: le lendemain, lendemain ("au lendemain de"), le surlendemain, la veille, l'avant-veille,
/// le même jour, le jour même, ce jour-là, le matin/soir même (French only). The anchor is the
/// last day the text named (extract/mentions); without one the day stays unresolved.
std::optional<ParsedAnchor> parse_anchor(std::string_view text, Lang lang);

}  // namespace checker
