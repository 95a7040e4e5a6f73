// Reading the noun after a count, word by word, with the pack's plural endings and word lists.
#include "checker/extract/counted_nouns.h"

#include <algorithm>

#include "checker/text/fold.h"

namespace checker {
namespace {

bool letter(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80; }

bool ends_with(const std::string& s, const std::string& end) {
  return s.size() > end.size() && s.compare(s.size() - end.size(), end.size(), end) == 0;
}

}  // namespace

std::optional<CountedNoun> counted_noun(std::string_view text, size_t pos, size_t end, const CountRules& rules) {
  end = std::min(end, text.size());
  for (size_t words = 0; words <= rules.max_modifiers; ++words) {
    // One space (or a no-break one) before each word: punctuation ends the phrase.
    if (pos < end && text[pos] == ' ') ++pos;
    else if (text.compare(pos, 2, "\xC2\xA0") == 0) pos += 2;
    else return std::nullopt;
    const size_t start = pos;
    while (pos < end && (letter(static_cast<unsigned char>(text[pos])) ||
                         ((text[pos] == '-' || text[pos] == '\'') && pos + 1 < end &&
                          letter(static_cast<unsigned char>(text[pos + 1])))))
      ++pos;
    if (pos == start || (text[start] >= 'A' && text[start] <= 'Z')) return std::nullopt;  // a name is no noun
    if (pos < end && text[pos] >= '0' && text[pos] <= '9') return std::nullopt;
    const std::string word = fold(text.substr(start, pos - start));
    if (word.find('\'') != std::string::npos || word.find("\xE2\x80\x99") != std::string::npos) return std::nullopt;  // "d'unités", "l'usine": an elided article
    if (rules.stops.count(word) || rules.uncounted.count(word)) return std::nullopt;
    if (rules.modifiers.count(word)) continue;
    bool plural = false;
    std::string singular;
    for (const auto& [ending, replacement] : rules.plurals) {
      if (!ends_with(word, ending)) continue;
      plural = true;
      for (const auto& not_plural : rules.not_plural) plural = plural && !ends_with(word, not_plural);
      if (plural) singular = word.substr(0, word.size() - ending.size()) + replacement;
      break;
    }
    if (plural) return CountedNoun{singular, {start, pos}};
    if (!rules.any_modifier) return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace checker
