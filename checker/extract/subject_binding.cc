// Subject binding: named candidates, references back, clause-aware nearest choice.
#include "checker/extract/subject_binding.h"

#include <cctype>

namespace checker {
namespace {

// How far into its sentence a name may start and still open it ("* 53 Le centre spatial de …").
constexpr size_t kOpeningWindow = 48;
// How many sentences back a topic stays current for a definite description ("le site").
constexpr size_t kTopicSentences = 6;
// How far into its sentence a reference back may start and still be its grammatical subject.
constexpr size_t kSentenceSubject = 8;

// The word `word` (lowercase) is written at `at`, in any case, and ends there: followed by a
// non-letter (nor a UTF-8 byte), or itself ending with an apostrophe ("l'eau"). Returns where it ends, or npos.
size_t word_at(std::string_view text, size_t at, const std::string& word) {
  if (word.empty() || at + word.size() > text.size()) return std::string_view::npos;
  for (size_t i = 0; i < word.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(text[at + i])) != static_cast<unsigned char>(word[i]))
      return std::string_view::npos;
  const size_t end = at + word.size();
  const bool elided = word.back() == '\'' || (word.size() >= 3 && word.compare(word.size() - 3, 3, "\xE2\x80\x99") == 0);
  const auto next = static_cast<unsigned char>(end < text.size() ? text[end] : ' ');
  if (elided || !(std::isalpha(next) || next >= 0x80)) return end;  // a byte >= 0x80: a letter of UTF-8
  return std::string_view::npos;
}

std::string lower(const std::string& s) {
  std::string out = s;
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// `word` is one of the space-separated words of `text`.
bool has_word(const std::string& text, const std::string& word) {
  for (size_t at = text.find(word); !word.empty() && at != std::string::npos; at = text.find(word, at + 1))
    if ((at == 0 || text[at - 1] == ' ') && (at + word.size() == text.size() || text[at + word.size()] == ' '))
      return true;
  return false;
}

size_t skip_spaces(std::string_view text, size_t at, size_t end) {
  while (at < end && std::isspace(static_cast<unsigned char>(text[at]))) ++at;
  return at;
}

}  // namespace

SubjectBinder::SubjectBinder(std::string_view text, const std::vector<Span>& sentences,
                             const std::vector<SubjectMention>& mentions, const std::vector<Hit>& anaphora,
                             const Lexicon& lex, const SubjectIndex& subjects)
    : text_(text), mentions_(mentions), anaphora_(anaphora), lex_(lex), subjects_(subjects), sentences_(sentences) {
  opens_sentence_.assign(mentions.size(), false);
  sentence_of_.assign(mentions.size(), 0);
  for (size_t k = 0; k < sentences.size(); ++k) {
    const Span& s = sentences[k];
    const auto [first, last] = items_in(mentions, s);
    bool opened = false;
    for (size_t i = first; i < last; ++i) {
      sentence_of_[i] = k;
      if (opened || mentions[i].locative || !inside(mentions[i].span, s)) continue;
      opens_sentence_[i] = mentions[i].span.start - s.start <= kOpeningWindow;
      opened = true;
    }
  }
}

Span SubjectBinder::clause(const Span& s, const Span& anchor) const {
  auto digit = [&](size_t i) { return std::isdigit(static_cast<unsigned char>(text_[i])) != 0; };
  auto boundary = [&](size_t i) {
    const char c = text_[i];
    if (c == ',') return !(i > s.start && i + 1 < s.end && digit(i - 1) && digit(i + 1));
    if (c == ';' || c == ':' || c == '(' || c == ')' || c == '"' || c == '[' || c == ']') return true;
    // Guillemets, em and en dashes (the first byte tells whether to compare at all).
    if (c == '\xC2') return text_.compare(i, 2, "\xC2\xAB") == 0 || text_.compare(i, 2, "\xC2\xBB") == 0;
    if (c == '\xE2') return text_.compare(i, 3, "\xE2\x80\x94") == 0 || text_.compare(i, 3, "\xE2\x80\x93") == 0;
    return false;
  };
  Span c = anchor;
  while (c.start > s.start && !boundary(c.start - 1)) --c.start;
  while (c.end < s.end && !boundary(c.end)) ++c.end;
  return c;
}

bool SubjectBinder::has_own_subject(const Span& clause, const std::vector<Binding>& candidates) const {
  const size_t start = skip_spaces(text_, clause.start, clause.end);
  for (const std::string& coordinator : lex_.coordinators) {
    const size_t after = word_at(text_, start, coordinator);
    if (after == std::string_view::npos || after >= clause.end) continue;
    const size_t next = skip_spaces(text_, after, clause.end);
    if (next == after) continue;  // "andthe" is no coordinator
    bool article = false;
    for (const std::string& a : lex_.articles) article = article || word_at(text_, next, a) != std::string_view::npos;
    if (!article) continue;
    // "and the dam is 45 m tall" after "the Carrow dam": a head noun in a candidate's name
    // refers back to it; another ("but the tunnel is …" after "the Carrow bridge") does not.
    const auto [af, al] = items_in(anaphora_, {next, next + 1});
    for (size_t i = af; i < al; ++i) {
      if (lex_.anaphora_kind[anaphora_[i].index] == Lexicon::kPronoun) continue;
      const std::string_view ref = text_.substr(anaphora_[i].span.start, anaphora_[i].span.end - anaphora_[i].span.start);
      const size_t space = ref.find_last_of(' ');
      const std::string head = lower(std::string(ref.substr(space == std::string_view::npos ? 0 : space + 1)));
      for (const Binding& b : candidates)
        if (has_word(lower(subjects_.entities()[b.mention->entity].name), head)) return false;
    }
    return true;
  }
  return false;
}

const SubjectMention* SubjectBinder::antecedent(const Hit& h, const Span& s) const {
  const int kind = lex_.anaphora_kind[h.index];
  const size_t limit = kind == Lexicon::kPronoun ? h.span.start : s.start;
  // The mentions that end before `limit`, newest first.
  auto it = std::lower_bound(mentions_.begin(), mentions_.end(), limit,
                             [](const SubjectMention& m, size_t pos) { return m.span.start < pos; });
  // The sentence of the reference (the first one that ends after it starts).
  const auto sentence = std::lower_bound(sentences_.begin(), sentences_.end(), h.span.start,
                                         [](const Span& x, size_t pos) { return x.end <= pos; });
  const size_t here = static_cast<size_t>(sentence - sentences_.begin());
  while (it != mentions_.begin()) {
    --it;
    const size_t i = static_cast<size_t>(it - mentions_.begin());
    if (it->span.end > limit) continue;
    // "Living in Northern Ireland …, she set up …": a place is not what a pronoun stands for.
    if (kind == Lexicon::kPronoun && it->locative) continue;
    // "Le site, d'une superficie de …" after "le vol de Youri Gagarine": a head noun does not
    // stand for a name that has none (a person's).
    if (kind != Lexicon::kPronoun && subjects_.entities()[it->entity].bare) continue;
    if (kind != Lexicon::kDefinite) return &*it;
    if (sentence_of_[i] + kTopicSentences < here) return nullptr;  // the topic is too old
    if (opens_sentence_[i]) return &*it;
  }
  return nullptr;
}

std::optional<Binding> SubjectBinder::bind(const Span& s, const Span& anchor) const {
  std::vector<Binding> candidates;
  std::vector<Binding> places;
  const auto [mf, ml] = items_in(mentions_, s);
  for (size_t i = mf; i < ml; ++i) {
    const SubjectMention& m = mentions_[i];
    if (!inside(m.span, s)) continue;
    // "créée … par Tayler Mane", "born … in Ashby Combe": a name without head noun after a place
    // or agent word is who did it or where, never what the claim is about.
    if (m.locative && subjects_.entities()[m.entity].bare) continue;
    if (m.locative) places.push_back({&m, m.span, "subject named in the sentence (as a place)", 0.5});
    else candidates.push_back({&m, m.span, "subject named in the sentence", 0.9});
  }
  const auto [af, al] = items_in(anaphora_, s);
  for (size_t i = af; i < al; ++i) {
    const Hit& h = anaphora_[i];
    bool overlaps = false;  // "le pont" inside "le pont de Vardenne" is the name, not a reference
    for (size_t k = mf; k < ml; ++k)
      overlaps = overlaps || (mentions_[k].span.start < h.span.end && h.span.start < mentions_[k].span.end);
    if (overlaps) continue;
    if (const SubjectMention* m = antecedent(h, s)) {
      const std::string ref(text_.substr(h.span.start, h.span.end - h.span.start));
      candidates.push_back({m, h.span, "'" + ref + "' refers back to " + subjects_.entities()[m->entity].name, 0.6});
    }
  }
  if (candidates.empty()) candidates = std::move(places);
  if (candidates.empty()) return std::nullopt;
  const Span cl = clause(s, anchor);
  const bool own_subject = has_own_subject(cl, candidates);
  const Binding* before = nullptr;
  const Binding* after = nullptr;
  const Binding* nearest = nullptr;
  for (const Binding& b : candidates) {
    // Outside the anchor's clause only names count, and a reference back that opens the
    // sentence ("Ce pont sera situé …, sur un site de …"): a "sa" or an "il" in another
    // clause is too loosely tied to the evidence.
    const bool named = b.at.start == b.mention->span.start || b.at.start - s.start <= kSentenceSubject;
    if (named && !own_subject && (!nearest || distance(b.at, anchor) < distance(nearest->at, anchor))) nearest = &b;
    if (!inside(b.at, cl)) continue;
    if (b.at.start < anchor.start) {
      if (!before || b.at.start > before->at.start) before = &b;
    } else if (!after || b.at.start < after->at.start) {
      after = &b;
    }
  }
  if (!before && !after && !nearest) return std::nullopt;
  Binding chosen = before ? *before : after ? *after : *nearest;
  // A reference back to a name in the same sentence quotes from the name.
  if (inside(chosen.mention->span, s))
    chosen.at = {std::min(chosen.at.start, chosen.mention->span.start), std::max(chosen.at.end, chosen.mention->span.end)};
  return chosen;
}

}  // namespace checker
