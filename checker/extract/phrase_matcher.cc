// One RE2 alternation per phrase list; the matched text, with spaces collapsed, finds its phrase.
#include "checker/extract/phrase_matcher.h"

#include <algorithm>

#include <re2/re2.h>

#include "checker/text/fold.h"

namespace checker {
namespace {

bool word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80;
}

}  // namespace

PhraseMatcher::PhraseMatcher(const std::vector<std::string>& phrases, int64_t max_mem) {
  std::vector<std::string> folded;
  marked_.resize(phrases.size());
  for (size_t i = 0; i < phrases.size(); ++i) {
    const std::string with_marks = fold_case(phrases[i]);
    if (with_marks != collapse_spaces(fold(phrases[i]))) marked_[i] = with_marks;
    std::string f = collapse_spaces(fold(phrases[i]));
    if (f.empty()) continue;
    index_.emplace(f, i);
    folded.push_back(f);
  }
  if (folded.empty()) return;
  std::sort(folded.begin(), folded.end(),
            [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  std::string pattern = "(";
  for (size_t i = 0; i < folded.size(); ++i) {
    if (i) pattern += "|";
    std::string quoted = RE2::QuoteMeta(folded[i]);
    std::string flexible;
    for (size_t k = 0; k < quoted.size(); ++k) {
      // QuoteMeta writes a space as "\ ": any run of spaces matches it.
      if (quoted[k] == '\\' && k + 1 < quoted.size() && quoted[k + 1] == ' ') {
        flexible += " +";
        ++k;
      } else {
        flexible += quoted[k];
      }
    }
    pattern += flexible;
  }
  pattern += ")";
  RE2::Options options;
  options.set_max_mem(max_mem);
  options.set_log_errors(false);
  re_ = std::make_unique<RE2>(pattern, options);
  if (!re_->ok()) {
    // RE2 rejects only size here (the phrases are quoted): name the limit that was hit.
    error_ = (re_->error().empty() ? std::string("pattern too large") : re_->error()) + " (" +
             std::to_string(folded.size()) + " phrases; RE2's memory limit is " +
             std::to_string(max_mem >> 20) + " MiB)";
    re_.reset();
  }
}

bool PhraseMatcher::accepts(size_t index, std::string_view original) const {
  return index >= marked_.size() || marked_[index].empty() || fold_case(original) == marked_[index];
}

PhraseMatcher::~PhraseMatcher() = default;
PhraseMatcher::PhraseMatcher(PhraseMatcher&&) noexcept = default;
PhraseMatcher& PhraseMatcher::operator=(PhraseMatcher&&) noexcept = default;

std::vector<PhraseHit> PhraseMatcher::find_all(const std::string& folded) const {
  std::vector<PhraseHit> hits;
  if (!re_) return hits;
  re2::StringPiece input(folded);
  re2::StringPiece match;
  size_t pos = 0;
  while (pos < folded.size() &&
         re_->Match(input, pos, folded.size(), RE2::UNANCHORED, &match, 1)) {
    const size_t start = static_cast<size_t>(match.data() - folded.data());
    const size_t end = start + match.size();
    // A letter next to a digit is a boundary too: "Vardenne53(*)" carries a footnote marker.
    auto digit = [](char c) { return c >= '0' && c <= '9'; };
    const bool left_ok = start == 0 || !word_char(folded[start - 1]) || !word_char(folded[start]) ||
                         digit(folded[start - 1]) != digit(folded[start]);
    const bool right_ok = end >= folded.size() || !word_char(folded[end]) || !word_char(folded[end - 1]) ||
                          digit(folded[end]) != digit(folded[end - 1]);
    if (left_ok && right_ok) {
      auto it = index_.find(collapse_spaces(std::string_view(match.data(), match.size())));
      if (it != index_.end()) hits.push_back({start, end, it->second});
      pos = end;
    } else {
      pos = start + 1;
      while (pos < folded.size() && (static_cast<unsigned char>(folded[pos]) & 0xC0) == 0x80) ++pos;
    }
  }
  return hits;
}

}  // namespace checker
