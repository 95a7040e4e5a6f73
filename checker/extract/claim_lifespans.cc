// Claim builder: lifespans. "Karl Weyprecht (8 September 1838 – 2 March 1881)", "Muhammad III
// (…; 1211–1255)": two dates joined by a dash that close a parenthesis are the first and last
// dates of the pack's lifespan attributes (birth and death), for the subject named before it.
#include <re2/re2.h>

#include "checker/extract/claim_builder_state.h"

namespace checker {
namespace {

constexpr int kMinLifespanYears = 15, kMaxLifespanYears = 125;

}  // namespace

void ClaimBuilder::lifespans(const Span& s) {
  if (lex_.lifespan.size() != 2) return;
  const AttributeDef* defs[2] = {nullptr, nullptr};
  for (const AttributeDef& a : lex_.attributes)
    for (int i = 0; i < 2; ++i)
      if (a.id == lex_.lifespan[static_cast<size_t>(i)]) defs[i] = &a;
  if (!defs[0] || !defs[1]) return;
  const std::string_view text = doc_.text;
  auto is_date = [](const Mention& m) {
    return m.value.type == ValueType::kDate && m.value.resolved && m.duration.empty() && m.time.empty() &&
           (m.value.date.precision == Precision::kDay || m.value.date.precision == Precision::kYear);
  };
  const auto [vf, vl] = items_in(values_, s);
  for (size_t v = vf; v + 1 < vl; ++v) {
    const Mention& first = values_[v];
    const Mention& last = values_[v + 1];
    if (used_[v] || used_[v + 1] || !is_date(first) || !is_date(last)) continue;
    // A life, not a term of office or a war: "(2017-2018)" and "(1939–1945)" are not lifespans.
    const int years = last.value.date.year - first.value.date.year;
    if (years < kMinLifespanYears || years > kMaxLifespanYears) continue;
    static const RE2 kDash(R"(\s*(?:-|–|—)\s*)");
    static const RE2 kClose(R"(\s*\))");
    re2::StringPiece between(text.data() + first.span.end, last.span.start - first.span.end);
    re2::StringPiece after(text.data() + last.span.end, std::min<size_t>(4, s.end - last.span.end));
    if (!RE2::FullMatch(between, kDash) || !RE2::Consume(&after, kClose)) continue;
    // The parenthesis opens before the first date, with no value in between ("(born …;").
    const size_t from = first.span.start > s.start + 80 ? first.span.start - 80 : s.start;
    const size_t open = text.substr(from, first.span.start - from).rfind('(');
    if (open == std::string_view::npos) continue;
    const size_t open_at = from + open;
    if (text.substr(open_at, first.span.start - open_at).find(')') != std::string_view::npos) continue;
    if (v > vf && values_[v - 1].span.end > open_at) continue;
    const Span paren{open_at, static_cast<size_t>(after.data() - text.data())};
    used_[v] = used_[v + 1] = true;
    emit(*defs[0], around(s, paren), paren, "(date – date)", first);
    emit(*defs[1], around(s, paren), paren, "(date – date)", last);
  }
}

}  // namespace checker
