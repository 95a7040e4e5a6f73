// Internal to the fraction parsers: run an X3 parser at a byte position of a text and move the
// position past what it read, so a parser can be written as a sequence of steps.
#pragma once

#include <string_view>

#include "checker/parse/tables.h"

namespace checker {

/// Parses `p` at `*pos`; on success stores its attribute in `attr`, advances `*pos` past what it
/// read and returns true; on failure leaves `*pos` alone and returns false.
template <typename Parser, typename Attr>
bool parse_at(std::string_view text, size_t* pos, const Parser& p, Attr& attr) {
  auto first = text.begin() + static_cast<long>(*pos);
  if (!boost::spirit::x3::parse(first, text.end(), p, attr)) return false;
  *pos = static_cast<size_t>(first - text.begin());
  return true;
}

/// parse_at for a parser whose attribute is not wanted.
template <typename Parser>
bool parse_at(std::string_view text, size_t* pos, const Parser& p) {
  boost::spirit::x3::unused_type unused;
  return parse_at(text, pos, p, unused);
}

inline bool word_at_end(std::string_view text, size_t pos) { return tables::word_ends(text, pos); }

}  // namespace checker
