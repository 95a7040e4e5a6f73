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
    return text_.compare(i, 2, "\xC2\xAB") == 0 || text_.compare(i, 2, "\xC2\xBB") == 0 ||
           text_.compare(i, 3, "\xE2\x80\x94") == 0 || text_.compare(i, 3, "\xE2\x80\x93") == 0;
  };
  Span c = anchor;
  while (c.start > s.start && !boundary(c.start - 1)) --c.start;
  while (c.end < s.end && !boundary(c.end)) ++c.end;
  return c;
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
  const Binding* before = nullptr;
  const Binding* after = nullptr;
  const Binding* nearest = nullptr;
  for (const Binding& b : candidates) {
    // Outside the anchor's clause only names count, and a reference back that opens the
    // sentence ("Ce pont sera situé …, sur un site de …"): a "sa" or an "il" in another
    // clause is too loosely tied to the evidence.
    const bool named = b.at.start == b.mention->span.start || b.at.start - s.start <= kSentenceSubject;
    if (named && (!nearest || distance(b.at, anchor) < distance(nearest->at, anchor))) nearest = &b;
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
