// Names introduced with their acronym in parentheses: "Organisation du traité de sécurité
// collective (OTSC)", "the Halden Bay Offshore Wind Farm (HBOWF)".
#include "checker/extract/acronym_discovery.h"

#include <cstring>
#include <set>

#include <re2/re2.h>

#include "checker/text/fold.h"
#include "checker/text/utf8.h"

namespace checker {
namespace {

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
}  // namespace

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

}  // namespace checker
