// Status mentions: a status cue of the language pack, negated when a negation comes just before
// it ("n'était plus opérationnel" -> not-operational). The claim builder and `checker mentions`
// read statuses the same way.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "checker/extract/evidence.h"
#include "checker/extract/lexicon.h"

namespace checker {

/// How close a negation must come before a status cue.
inline constexpr size_t kNegationWindow = 40;

/// The negation hit (of `negations`, sorted) that negates the cue at `cue` in `text`, or nullptr:
/// it ends before the cue, at most kNegationWindow bytes before it, in the same clause (no
/// comma, semicolon, colon or stop between: "n'était plus opérationnel, la centrale reste en
/// service" negates the first status only).
const Hit* negation_of(const std::vector<Hit>& negations, const Span& cue, std::string_view text);

struct StatusMention {
  Span span;           // the cue, with its negation when there is one
  std::string value;   // the status ("not-operational" for a negated "operational")
  std::string cue;     // the cue phrase as the pack writes it
  bool negated = false;
};

/// Every status cue of `lex` in `text` from `begin`, in text order.
std::vector<StatusMention> find_statuses(const FoldedText& folded, std::string_view text, size_t begin,
                                         const Lexicon& lex);

}  // namespace checker
