// Subject discovery: head-noun phrases, acronyms in parentheses, numbered names.
#include "checker/extract/discovery.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <set>

#include <re2/re2.h>

#include "checker/parse/tables.h"
#include "checker/text/fold.h"
#include "checker/text/utf8.h"

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

// The end (just past ')') of the next "(" + 2 to 8 code points that may be capitals (A-Z, or
// anything not ASCII) + ")" at or after `from`, or npos; `open` gets its '('. Every acronym match
// ends at one, so the RE2 pass below runs only around them.
size_t next_parenthesised_capitals(std::string_view text, size_t from, size_t end, size_t* open) {
  for (size_t o = from; o < end; ++o) {
    const void* found = std::memchr(text.data() + o, '(', end - o);
    if (!found) return std::string_view::npos;
    o = static_cast<size_t>(static_cast<const char*>(found) - text.data());
    size_t k = o + 1, count = 0;
    while (k < end && count <= 8) {
      const auto c = static_cast<unsigned char>(text[k]);
      if (c >= 'A' && c <= 'Z') {
        ++k;
      } else if (c >= 0xC0) {
        ++k;
        while (k < end && (static_cast<unsigned char>(text[k]) & 0xC0) == 0x80) ++k;
      } else {
        break;
      }
      ++count;
    }
    if (count >= 2 && count <= 8 && k < end && text[k] == ')') {
      *open = o;
      return k + 1;
    }
  }
  return std::string_view::npos;
}

// RE2's \s, and a byte that may stand in a word of an acronym's name (letters, apostrophes,
// hyphens; any byte of a non-ASCII code point).
bool re2_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }
bool name_word_byte(unsigned char c) {
  return c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '\'' || c == '-';
}

// Where an acronym match ending with the "(" at `open` may start, at the earliest: the name is
// at most eight words separated by spaces (the first may start inside a word), then spaces.
size_t acronym_window_start(std::string_view text, size_t floor, size_t open) {
  auto byte = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
  size_t i = open;
  while (i > floor && re2_space(byte(i - 1))) --i;
  size_t earliest = i;
  for (int words = 0; words < 8; ++words) {
    if (i == floor || !name_word_byte(byte(i - 1))) break;
    while (i > floor && name_word_byte(byte(i - 1))) --i;
    earliest = i;
    size_t j = i;
    while (j > floor && re2_space(byte(j - 1))) --j;
    if (j == i) break;
    i = j;
  }
  return earliest;
}

// "Vardenne Rail Engineering (VRE)", "Organisation du traité de sécurité collective (OTSC)":
// the acronym's letters are the initials of the name's words, connectors and articles aside
// (or all of them).
void discover_acronyms(std::string_view text, size_t begin, size_t end, const Lexicon& lex,
                       std::vector<DiscoveredPhrase>* out) {
  static const RE2 kAcronym(R"((\p{Lu}[\p{L}'’\-]*(?:\s+[\p{L}'’\-]+){0,7}?)\s*\((\p{Lu}{2,8})\))");
  const std::set<std::string>& small = lex.folded_small_words;
  re2::StringPiece input(text.data(), end);
  re2::StringPiece m[1];
  size_t pos = begin;
  while (pos < end) {
    // A match ends at the next "(CAPITALS)" and starts at most eight words before it, so
    // searching that window finds what a search from `pos` to `end` would find first.
    size_t open = 0;
    const size_t close = next_parenthesised_capitals(text, pos, end, &open);
    if (close == std::string_view::npos) break;
    const size_t from = acronym_window_start(text, pos, open);
    // Only the whole match is asked for (RE2's DFAs; groups would need its NFA, slow on a
    // pattern of Unicode classes): it ends at `close`, the acronym stands between the
    // parentheses and the name is what precedes the spaces before "(".
    if (!kAcronym.Match(input, from, close, RE2::UNANCHORED, m, 1)) {
      pos = close;
      continue;
    }
    const size_t start = static_cast<size_t>(m[0].data() - text.data());
    pos = start + m[0].size();
    size_t name_end = open;
    while (name_end > start && re2_space(static_cast<unsigned char>(text[name_end - 1]))) --name_end;
    const std::string acronym(text.substr(open + 1, pos - 1 - (open + 1)));
    const std::string name(text.substr(start, name_end - start));
    // Words of the name, newest last; try the shortest tail of the name that fits the acronym.
    std::vector<std::pair<size_t, std::string>> words;  // offset in name, folded word
    for (size_t i = 0; i < name.size();) {
      while (i < name.size() && name[i] == ' ') ++i;
      size_t j = i;
      while (j < name.size() && name[j] != ' ') ++j;
      if (j > i) {
        // An elided article belongs to the sentence, not the name: "L'Agence" is "Agence".
        size_t skip = 0;
        const std::string w = fold(name.substr(i, j - i));
        for (const auto& f : small) {
          if (!f.empty() && f.back() == '\'' && w.size() > f.size() && w.compare(0, f.size(), f) == 0) {
            skip = name.compare(i + f.size() - 1, 3, "’") == 0 ? f.size() + 2 : f.size();
            break;
          }
        }
        words.emplace_back(i + skip, fold(name.substr(i + skip, j - i - skip)));
      }
      i = j;
    }
    const std::string want = fold(acronym);
    for (size_t first = words.size(); first-- > 0;) {
      std::string all, content;
      for (size_t k = first; k < words.size(); ++k) {
        all += words[k].second[0];
        if (small.count(words[k].second) == 0) content += words[k].second[0];
      }
      if ((all != want && content != want) || !(words[first].second[0] >= 'a' && words[first].second[0] <= 'z'))
        continue;
      DiscoveredPhrase p;
      p.phrase = {start + words[first].first, pos};
      p.proper = name.substr(words[first].first);
      p.acronym = acronym;
      // The name must start with a capital: "sur Vardenne Rail …" starts at "Vardenne".
      size_t len = 0;
      const char32_t cp = decode_utf8(p.proper, 0, &len);
      if (!(cp >= 'A' && cp <= 'Z') && !(cp >= 0xC0 && cp <= 0xDE)) continue;
      out->push_back(std::move(p));
      break;
    }
  }
}

// "Ariane 6", "Ariane-6": a capitalized word and a small number form one name, so Ariane 5 and
// Ariane 6 stay two subjects. Not a month ("March 3"), not an article ("Le 5 août").
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
    if (is_one_of(word, lex.folded_name_openers) || tables::months(false).find(word) || tables::months(true).find(word)) continue;
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
  if (lex.discovery_head_last) discover_with(*lex.discovery_head_last, false, text, begin, end, lex, &out);
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
