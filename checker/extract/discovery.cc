// Subject discovery: head-noun phrases, numbered names, bare names (acronyms: acronym_discovery.cc).
#include "checker/extract/discovery.h"

#include <algorithm>
#include <cctype>
#include <set>

#include <re2/re2.h>

#include "checker/extract/acronym_discovery.h"
#include "checker/parse/tables.h"
#include "checker/text/fold.h"

namespace checker {
namespace {

// Modifiers of a head noun are adjectives and complements ("de lancement", "spatial"); an
// article or a preposition of place means the capitalized word belongs to another phrase
// ("usine de puces au Portugal").
bool has_article(const std::string& modifiers, const Lexicon& lex) {
  const std::string folded = " " + fold(modifiers) + " ";
  for (const auto& fa : lex.folded_modifier_stops) {
    if (folded.find(" " + fa + " ") != std::string::npos) return true;
    if (fa.back() == '\'' && folded.find(" " + fa) != std::string::npos) return true;
  }
  return false;
}

bool is_one_of(const std::string& word, const std::set<std::string>& folded_words) {
  return folded_words.count(fold(word)) != 0;
}

// Cleans the proper name of a discovered phrase: "The Halden Bay" -> "Halden Bay" (an article
// that opens a sentence is capitalized too), "Brightwater Airport's" -> "Brightwater" (a
// possessive, and head nouns that are part of the name, so "Brightwater Airport" and
// "Brightwater Airport's new terminal" name one subject). Empty when nothing is left.
void clean_proper(const Lexicon& lex, DiscoveredPhrase* p) {
  std::string& name = p->proper;
  for (const char* possessive : {"'s", "\xE2\x80\x99s"}) {
    const std::string ps(possessive);
    if (name.size() > ps.size() && name.compare(name.size() - ps.size(), ps.size(), ps) == 0)
      name.erase(name.size() - ps.size());
  }
  size_t space = name.find(' ');
  if (is_one_of(space == std::string::npos ? name : name.substr(0, space), lex.folded_name_openers)) {
    if (space == std::string::npos) {
      name.clear();
      return;
    }
    while (space < name.size() && name[space] == ' ') ++space;
    name.erase(0, space);
  }
  for (size_t last = name.rfind(' '); last != std::string::npos; last = name.rfind(' ')) {
    if (!is_one_of(name.substr(last + 1), lex.folded_heads)) break;
    name.erase(last);
  }
}

void discover_with(const RE2& re, bool head_first, std::string_view text, size_t begin,
                   size_t end, const Lexicon& lex, std::vector<DiscoveredPhrase>* out) {
  re2::StringPiece input(text.data(), end);
  re2::StringPiece m[4];
  size_t pos = begin;
  while (pos < end && re.Match(input, pos, end, RE2::UNANCHORED, m, 4)) {
    const size_t start = static_cast<size_t>(m[0].data() - text.data());
    const size_t stop = start + m[0].size();
    const re2::StringPiece head = head_first ? m[1] : m[3];
    const re2::StringPiece proper = head_first ? m[3] : m[1];
    if (!has_article(std::string(m[2].data(), m[2].size()), lex)) {
      DiscoveredPhrase p;
      p.phrase = {start, stop};
      p.head = std::string(head.data(), head.size());
      p.proper = std::string(proper.data(), proper.size());
      const std::string written = p.proper;
      clean_proper(lex, &p);
      // "The Ostby museum": the phrase, which names the subject in reports, starts with the name.
      if (!head_first && !p.proper.empty()) p.phrase.start += written.find(p.proper);
      if (!p.proper.empty()) out->push_back(std::move(p));
    }
    pos = stop > start ? stop : start + 1;
  }
}

// "The Riverside Museum of Art": a name before the head ("Riverside Museum") and one after it
// ("Museum of Art") on the same head are one name, "Riverside Museum of Art", known by the name
// before the head (the one a later mention shortens it to: "the Riverside Museum"). Phrases
// [0, head_first) were read head first, the others head last.
void join_on_shared_head(size_t head_first, std::vector<DiscoveredPhrase>* out) {
  // Both runs are in text order; a head-first phrase starts at its head, so the one sharing a
  // head-last phrase's head starts where that head does.
  const auto firsts_end = out->begin() + static_cast<long>(head_first);
  std::vector<bool> joined(out->size(), false);
  for (size_t l = head_first; l < out->size(); ++l) {
    DiscoveredPhrase& last = (*out)[l];
    const size_t head_at = last.phrase.end - last.head.size();
    const auto f = std::lower_bound(out->begin(), firsts_end, head_at,
                                    [](const DiscoveredPhrase& p, size_t at) { return p.phrase.start < at; });
    if (f == firsts_end || f->phrase.start != head_at || f->head.size() != last.head.size()) continue;
    last.phrase.end = f->phrase.end;
    joined[static_cast<size_t>(f - out->begin())] = true;
  }
  size_t kept = 0;
  for (size_t i = 0; i < out->size(); ++i) {
    if (joined[i]) continue;
    if (kept != i) (*out)[kept] = std::move((*out)[i]);
    ++kept;
  }
  out->resize(kept);
}

// "Ariane 6", "Ariane-6": a capitalized word and a small number form one name, so Ariane 5 and
// Ariane 6 stay two subjects. Not a month ("March 3"), not an article ("Le 5 août"), not a place
// preposition of the pack ("At 5 ft 9 in").
void discover_numbered(std::string_view text, size_t begin, size_t end, const Lexicon& lex,
                       std::vector<DiscoveredPhrase>* out) {
  static const RE2 kNumbered(R"(\b(\p{Lu}\p{L}+)[ \-‑]([0-9]{1,2})\b)");
  re2::StringPiece input(text.data(), end);
  re2::StringPiece m[3];
  size_t pos = begin;
  while (pos < end && kNumbered.Match(input, pos, end, RE2::UNANCHORED, m, 3)) {
    const size_t start = static_cast<size_t>(m[0].data() - text.data());
    const size_t stop = start + m[0].size();
    pos = stop;
    const std::string word(m[1].data(), m[1].size());
    // A decimal, a unit or a percent after the number: a value, not a name ("Mars 2,5 %").
    if (stop < end && (text[stop] == '.' || text[stop] == ',' || text[stop] == '%') && stop + 1 < end &&
        text[stop + 1] >= '0' && text[stop + 1] <= '9')
      continue;
    if (is_one_of(word, lex.folded_name_openers) || is_one_of(word, lex.folded_modifier_stops) || tables::months(false).find(word) || tables::months(true).find(word)) continue;
    DiscoveredPhrase p;
    p.phrase = {start, stop};
    p.proper = std::string(text.substr(start, stop - start));
    out->push_back(std::move(p));
  }
}

// "Tayler Mane": two or three capitalized words with no head noun, the way people are named. Only
// a candidate: such a run is also a sentence's first words ("After Davies") or a title, so the
// corpus keeps it as a subject only when two documents write it (keep_shared_bare_names). Not
// when a word is a month, the first word one of the pack's small words (articles, prepositions),
// or the last a head noun (the head-noun phrases read those).
void discover_bare_names(std::string_view text, size_t begin, size_t end, const Lexicon& lex,
                         std::vector<DiscoveredPhrase>* out) {
  static const RE2 kRun(R"(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)*)");
  // Whole words only: no letter, digit, apostrophe or hyphen touches the run (a byte of a
  // multi-byte character counts as a letter).
  auto joined = [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x80 || std::isalnum(u) || c == '\'' || c == '-';
  };
  re2::StringPiece input(text.data(), end);
  re2::StringPiece m;
  size_t pos = begin;
  while (pos < end && kRun.Match(input, pos, end, RE2::UNANCHORED, &m, 1)) {
    const size_t start = static_cast<size_t>(m.data() - text.data());
    const size_t stop = start + m.size();
    pos = stop;
    // One capitalized word (most runs: a sentence's first word) is no name of two or three.
    if (std::string_view(m.data(), m.size()).find(' ') == std::string_view::npos) continue;
    if ((start > begin && joined(text[start - 1])) || (stop < end && joined(text[stop]) && text[stop] != '\''))
      continue;
    std::vector<std::string> words;
    for (size_t i = start; i < stop;) {
      size_t j = text.find(' ', i);
      if (j == std::string_view::npos || j > stop) j = stop;
      words.emplace_back(text.substr(i, j - i));
      i = j + 1;
    }
    if (words.size() < 2 || words.size() > 3) continue;
    const std::string first = fold(words.front());
    if (lex.folded_small_words.count(first) || lex.folded_name_openers.count(first) ||
        lex.folded_modifier_stops.count(first) || lex.counts.stops.count(first) ||
        is_one_of(words.back(), lex.folded_heads))
      continue;
    if (std::any_of(words.begin(), words.end(), [](const std::string& w) {
          return tables::months(false).find(w) || tables::months(true).find(w);
        }))
      continue;
    DiscoveredPhrase p;
    p.phrase = {start, stop};
    p.proper = std::string(text.substr(start, stop - start));
    out->push_back(std::move(p));
  }
}

}  // namespace

bool is_bare_name(const std::string& head, const std::string& proper, const std::string& acronym) {
  return head.empty() && acronym.empty() && proper.find_first_of("0123456789") == std::string::npos;
}

std::vector<DiscoveredPhrase> discover_phrases(std::string_view text, size_t begin, size_t end,
                                               const Lexicon& lex) {
  std::vector<DiscoveredPhrase> out;
  if (lex.discovery_head_first) discover_with(*lex.discovery_head_first, true, text, begin, end, lex, &out);
  const size_t head_first = out.size();
  if (lex.discovery_head_last) discover_with(*lex.discovery_head_last, false, text, begin, end, lex, &out);
  join_on_shared_head(head_first, &out);
  discover_acronyms(text, begin, end, lex, &out);
  discover_numbered(text, begin, end, lex, &out);
  // A bare name inside another phrase ("Halden Bay" in "the Halden Bay offshore wind farm") is
  // that phrase's.
  std::vector<DiscoveredPhrase> bare;
  discover_bare_names(text, begin, end, lex, &bare);
  const size_t others = out.size();
  for (DiscoveredPhrase& b : bare)
    if (std::none_of(out.begin(), out.begin() + static_cast<long>(others), [&](const DiscoveredPhrase& p) {
          return p.phrase.start < b.phrase.end && b.phrase.start < p.phrase.end;
        }))
      out.push_back(std::move(b));
  std::sort(out.begin(), out.end(), [](const DiscoveredPhrase& a, const DiscoveredPhrase& b) {
    return a.phrase.start < b.phrase.start;
  });
  return out;
}

}  // namespace checker
