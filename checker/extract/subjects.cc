// Subject mentions: alias matching over folded text, so Vårdenne = Vardenne and
// Ariane-6 = Ariane 6.
#include "checker/extract/subjects.h"

#include "checker/extract/discovery.h"

#include <algorithm>
#include <cctype>
#include <set>

#include <re2/re2.h>

namespace checker {
namespace {

constexpr size_t kMaxMiddleNamePatterns = 256;  // one RE2 pass each over a document

// Longer "names" are runs of capitals (a title in upper case), not names.
constexpr size_t kMaxNameBytes = 120;

// The word just before folded offset `at` is a locative preposition.
bool preceded_by(const PhraseMatcher& m, const FoldedText& folded, size_t at) {
  const std::string& t = folded.text();
  size_t from = at > 24 ? at - 24 : 0;
  for (const auto& hit : m.find_all(std::string_view(t).substr(from, at - from))) {
    const size_t stop = from + hit.end;
    if (stop == at || (stop + 1 == at && t[stop] == ' ') ||
        (stop > 0 && t[stop - 1] == '\'' && stop == at))
      return true;
  }
  return false;
}

// A name without head noun after an article or a capitalized word is part of something else:
// "the Northern Ireland conflict", "Mediation Northern Ireland", "the Fourth Generation (A80)".
bool modifies(std::string_view text, size_t start, const Lexicon& lex) {
  size_t stop = start;
  if (stop == 0 || text[stop - 1] != ' ') return false;
  --stop;
  size_t word = stop;
  while (word > 0 && text[word - 1] != ' ' && text[word - 1] != '\n') --word;
  if (word == stop) return false;
  const std::string before(text.substr(word, stop - word));
  return lex.folded_name_openers.count(fold(before)) != 0 ||
         std::isupper(static_cast<unsigned char>(before[0])) != 0;
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

SubjectIndex::SubjectIndex(std::vector<Entity> known) : entities_(std::move(known)) {
  for (size_t i = 0; i < entities_.size(); ++i)
    for (const auto& a : entities_[i].aliases) by_alias_.emplace(fold(a), i);
  // "Muhammad III of Alamut" is "Muhammad III" in running text: a name with a regnal number is
  // told apart by its "of <Place>" only where two of them meet. The short form is an alias
  // unless it is another entity's name or two entities shorten to it.
  static const RE2 kRegnal(R"((\p{Lu}[\p{L}'’\-]*(?: \p{Lu}[\p{L}'’\-]*)* [IVXL]+) of \p{Lu}.*)");
  std::map<std::string, size_t> shortened;
  std::set<std::string> ambiguous;
  for (size_t i = 0; i < entities_.size(); ++i)
    for (const auto& a : entities_[i].aliases) {
      std::string name;
      if (!RE2::FullMatch(a, kRegnal, &name)) continue;
      const std::string key = fold(name);
      if (auto [it, fresh] = shortened.emplace(key, i); !fresh && it->second != i) ambiguous.insert(key);
    }
  for (const auto& [key, entity] : shortened)
    if (!ambiguous.count(key)) by_alias_.emplace(key, entity);
}

void SubjectIndex::add_discovered(std::string_view text, const DiscoveredPhrase& p) {
  const std::string key = fold(p.proper);
  const std::string acronym = p.acronym.empty() ? "" : fold(p.acronym);
  if (key.size() < 2 || key.size() > kMaxNameBytes) return;
  auto known = by_alias_.find(key);
  if (known == by_alias_.end() && !acronym.empty()) known = by_alias_.find(acronym);
  if (known != by_alias_.end()) {  // a name we have: the other spelling joins it
    if (!acronym.empty()) by_alias_.emplace(acronym, known->second);
    by_alias_.emplace(key, known->second);
    return;
  }
  Entity e;
  e.id = slug(p.proper);
  e.name = p.acronym.empty() ? std::string(text.substr(p.phrase.start, p.phrase.end - p.phrase.start))
                             : p.proper + " (" + p.acronym + ")";
  e.type = fold(p.head);
  e.aliases = {p.proper};
  if (!acronym.empty()) {
    e.aliases.push_back(p.acronym);
    by_alias_.emplace(acronym, entities_.size());
  }
  e.discovered = true;
  e.bare = is_bare_name(p.head, p.proper, p.acronym);
  by_alias_.emplace(key, entities_.size());
  entities_.push_back(std::move(e));
}

void SubjectIndex::compile() {
  // The matcher keeps the names: the list is only its input, and the map is emptied into it.
  std::vector<std::string> aliases;
  aliases.reserve(by_alias_.size());
  alias_entity_.clear();
  alias_entity_.reserve(by_alias_.size());
  // Taken out of the map node by node (in its order): the names are held once, not twice, and
  // the map is gone once the matcher is built.
  while (!by_alias_.empty()) {
    auto node = by_alias_.extract(by_alias_.begin());
    aliases.push_back(std::move(node.key()));
    alias_entity_.push_back(node.mapped());
  }
  // Many discovered names in a large corpus: hash lookups, linear in the text whatever their number.
  matcher_ = std::make_unique<NameMatcher>(std::move(aliases));
  middle_names_.clear();
  static const RE2 kPersonName(R"(\p{Lu}[\p{Ll}'’-]+ \p{Lu}[\p{L}'’-]+)");
  for (size_t i = 0; i < entities_.size() && middle_names_.size() < kMaxMiddleNamePatterns; ++i) {
    if (entities_[i].discovered) continue;
    for (const std::string& alias : entities_[i].aliases) {
      if (!RE2::FullMatch(alias, kPersonName)) continue;
      const std::string folded = fold(alias);
      const size_t space = folded.find(' ');
      if (space == std::string::npos) continue;
      const std::string pattern = "\\b" + RE2::QuoteMeta(folded.substr(0, space)) + " [\\pL]+\\.? " +
                                  RE2::QuoteMeta(folded.substr(space + 1)) + "\\b";
      auto re = std::make_shared<RE2>(pattern);
      if (re->ok()) middle_names_.push_back({std::move(re), folded.substr(0, space + 1), i});
    }
  }
}

std::vector<SubjectMention> SubjectIndex::find(const FoldedText& folded, size_t begin, size_t end,
                                               const Lexicon& lex,
                                               const std::vector<DiscoveredPhrase>& phrases) const {
  std::vector<SubjectMention> out;
  if (!matcher_) return out;
  const size_t fb = folded_offset(folded, begin);
  const size_t fe = folded_offset(folded, end);
  size_t next_phrase = 0;  // hits and phrases are both in text order
  for (const auto& hit : matcher_->find_all(folded.text())) {
    if (hit.start < fb || hit.end > fe) continue;  // front matter, or past the range
    SubjectMention m;
    m.entity = alias_entity_[hit.index];
    m.span = {folded.original(hit.start), folded.original(hit.end)};
    // Before the span grows to a phrase: "Mediation Northern Ireland" is one.
    if (entities_[m.entity].bare && modifies(folded.source(), m.span.start, lex)) continue;
    size_t lead = hit.start;
    while (next_phrase < phrases.size() && phrases[next_phrase].phrase.end < m.span.end) ++next_phrase;
    for (size_t p = next_phrase; p < phrases.size() && phrases[p].phrase.start <= m.span.start; ++p) {
      if (m.span.end <= phrases[p].phrase.end) {
        m.span = phrases[p].phrase;
        lead = folded_offset(folded, phrases[p].phrase.start);
        break;
      }
    }
    if (lex.locative_matcher) {
      m.locative = preceded_by(*lex.locative_matcher, folded, lead);
      // "at the Arvon power station": an article may stand between the place word and the name.
      if (!m.locative) {
        const std::string& t = folded.text();
        size_t stop = lead;
        while (stop > 0 && t[stop - 1] == ' ') --stop;
        size_t start = stop;
        while (start > 0 && t[start - 1] != ' ') --start;
        if (start < stop && lex.folded_name_openers.count(t.substr(start, stop - start)))
          m.locative = preceded_by(*lex.locative_matcher, folded, start);
      }
    }
    out.push_back(m);
  }
  // Middle names: the word between must be capitalized in the text ("Marina Augusta Baker", not
  // "Marina and Baker").
  const std::string_view ft(folded.text().data(), fe);
  for (const auto& [re, first, entity] : middle_names_) {
    re2::StringPiece in(folded.text().data(), fe), m;
    // The leftmost match from `at`: the first place from there where `first` stands and the
    // pattern matches, anchored (the text before it still decides its \b).
    auto next_match = [&, &re = re, &first = first](size_t at) {
      for (size_t q = ft.find(first, at); q != std::string_view::npos; q = ft.find(first, q + 1))
        if (re->Match(in, q, fe, RE2::ANCHOR_START, &m, 1)) return true;
      return false;
    };
    size_t at = fb;
    while (at < fe && next_match(at)) {
      const size_t fs = static_cast<size_t>(m.data() - folded.text().data());
      at = fs + m.size();
      const size_t middle = folded.original(fs + folded.text().substr(fs).find(' ') + 1);
      if (middle >= folded.source().size() || !std::isupper(static_cast<unsigned char>(folded.source()[middle]))) continue;
      SubjectMention sm;
      sm.entity = entity;
      sm.span = {folded.original(fs), folded.original(at)};
      out.push_back(sm);
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const SubjectMention& a, const SubjectMention& b) {
    return a.span.start < b.span.start;
  });
  return out;
}

}  // namespace checker
