// Subject discovery (RE2 over the original text, since capitals matter) and alias matching
// (over folded text, so Vårdenne = Vardenne and Ariane-6 = Ariane 6).
#include "checker/extract/subjects.h"

#include <algorithm>
#include <stdexcept>

#include <re2/re2.h>

namespace checker {
namespace {

// Modifiers of a head noun are adjectives and complements ("de lancement", "spatial"); an
// article or a preposition of place means the capitalized word belongs to another phrase
// ("usine de puces au Portugal").
bool has_article(const std::string& modifiers, const Lexicon& lex) {
  const std::string folded = " " + fold(modifiers) + " ";
  std::vector<std::string> stops = lex.articles;
  stops.insert(stops.end(), lex.locatives.begin(), lex.locatives.end());
  for (const auto& a : stops) {
    const std::string fa = fold(a);
    if (folded.find(" " + fa + " ") != std::string::npos) return true;
    if (fa.back() == '\'' && folded.find(" " + fa) != std::string::npos) return true;
  }
  return false;
}

bool is_one_of(const std::string& word, const std::vector<std::string>& list) {
  const std::string f = fold(word);
  for (const auto& w : list)
    if (fold(w) == f) return true;
  return false;
}

// Cleans the proper name of a discovered phrase: "The Halden Bay" -> "Halden Bay" (an article
// that opens a sentence is capitalized too), "Brightwater Airport's" -> "Brightwater" (a
// possessive, and head nouns that are part of the name, so "Brightwater Airport" and
// "Brightwater Airport's new terminal" name one subject). Empty when nothing is left.
void clean_proper(const Lexicon& lex, DiscoveredPhrase* p) {
  std::vector<std::string> articles = lex.articles;
  articles.insert(articles.end(), lex.definites.begin(), lex.definites.end());
  articles.insert(articles.end(), lex.demonstratives.begin(), lex.demonstratives.end());
  std::string& name = p->proper;
  for (const char* possessive : {"'s", "\xE2\x80\x99s"}) {
    const std::string ps(possessive);
    if (name.size() > ps.size() && name.compare(name.size() - ps.size(), ps.size(), ps) == 0)
      name.erase(name.size() - ps.size());
  }
  size_t space = name.find(' ');
  if (is_one_of(space == std::string::npos ? name : name.substr(0, space), articles)) {
    if (space == std::string::npos) {
      name.clear();
      return;
    }
    while (space < name.size() && name[space] == ' ') ++space;
    name.erase(0, space);
  }
  for (size_t last = name.rfind(' '); last != std::string::npos; last = name.rfind(' ')) {
    if (!is_one_of(name.substr(last + 1), lex.heads)) break;
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
      clean_proper(lex, &p);
      if (!p.proper.empty()) out->push_back(std::move(p));
    }
    pos = stop > start ? stop : start + 1;
  }
}

// The word just before folded offset `at` is a locative preposition.
bool preceded_by(const PhraseMatcher& m, const FoldedText& folded, size_t at) {
  const std::string& t = folded.text();
  size_t from = at > 24 ? at - 24 : 0;
  for (const auto& hit : m.find_all(t.substr(from, at - from))) {
    const size_t stop = from + hit.end;
    if (stop == at || (stop + 1 == at && t[stop] == ' ') ||
        (stop > 0 && t[stop - 1] == '\'' && stop == at))
      return true;
  }
  return false;
}

size_t folded_offset(const FoldedText& folded, size_t original) {
  // Binary search: the folded map is monotonic.
  size_t lo = 0, hi = folded.text().size();
  while (lo < hi) {
    const size_t mid = (lo + hi) / 2;
    if (folded.original(mid) < original) lo = mid + 1; else hi = mid;
  }
  return lo;
}

}  // namespace

std::vector<DiscoveredPhrase> discover_phrases(std::string_view text, size_t begin, size_t end,
                                               const Lexicon& lex) {
  std::vector<DiscoveredPhrase> out;
  if (lex.discovery_head_first) discover_with(*lex.discovery_head_first, true, text, begin, end, lex, &out);
  if (lex.discovery_head_last) discover_with(*lex.discovery_head_last, false, text, begin, end, lex, &out);
  std::sort(out.begin(), out.end(), [](const DiscoveredPhrase& a, const DiscoveredPhrase& b) {
    return a.phrase.start < b.phrase.start;
  });
  return out;
}

SubjectIndex::SubjectIndex(std::vector<Entity> known) : entities_(std::move(known)) {
  for (size_t i = 0; i < entities_.size(); ++i)
    for (const auto& a : entities_[i].aliases) by_alias_.emplace(fold(a), i);
}

void SubjectIndex::add_discovered(std::string_view text, const DiscoveredPhrase& p) {
  const std::string key = fold(p.proper);
  if (key.size() < 2 || by_alias_.count(key)) return;
  Entity e;
  e.id = slug(p.proper);
  e.name = std::string(text.substr(p.phrase.start, p.phrase.end - p.phrase.start));
  e.type = fold(p.head);
  e.aliases = {p.proper};
  e.discovered = true;
  by_alias_.emplace(key, entities_.size());
  entities_.push_back(std::move(e));
}

void SubjectIndex::compile() {
  alias_list_.clear();
  alias_entity_.clear();
  for (const auto& [alias, index] : by_alias_) {
    alias_list_.push_back(alias);
    alias_entity_.push_back(index);
  }
  // Many discovered names in a large corpus: give RE2 room, and never fail silently.
  matcher_ = std::make_unique<PhraseMatcher>(alias_list_, int64_t{1} << 30);
  if (!matcher_->error().empty())
    throw std::runtime_error("subject index: cannot compile " + std::to_string(alias_list_.size()) +
                             " subject names: " + matcher_->error());
}

std::vector<SubjectMention> SubjectIndex::find(std::string_view text, const FoldedText& folded,
                                               size_t begin, size_t end, const Lexicon& lex) const {
  std::vector<SubjectMention> out;
  if (!matcher_) return out;
  const auto phrases = discover_phrases(text, begin, end, lex);
  const size_t fb = folded_offset(folded, begin);
  const size_t fe = folded_offset(folded, end);
  const std::string slice = folded.text().substr(fb, fe - fb);
  size_t next_phrase = 0;  // hits and phrases are both in text order
  for (const auto& hit : matcher_->find_all(slice)) {
    SubjectMention m;
    m.entity = alias_entity_[hit.index];
    m.span = {folded.original(fb + hit.start), folded.original(fb + hit.end)};
    size_t lead = fb + hit.start;
    while (next_phrase < phrases.size() && phrases[next_phrase].phrase.end < m.span.end) ++next_phrase;
    for (size_t p = next_phrase; p < phrases.size() && phrases[p].phrase.start <= m.span.start; ++p) {
      if (m.span.end <= phrases[p].phrase.end) {
        m.span = phrases[p].phrase;
        lead = folded_offset(folded, phrases[p].phrase.start);
        break;
      }
    }
    if (lex.locative_matcher) m.locative = preceded_by(*lex.locative_matcher, folded, lead);
    out.push_back(m);
  }
  std::stable_sort(out.begin(), out.end(), [](const SubjectMention& a, const SubjectMention& b) {
    return a.span.start < b.span.start;
  });
  return out;
}

}  // namespace checker
