#include "checker/extract/tense.h"

#include <cctype>

#include <re2/re2.h>

#include "checker/parse/tables.h"

namespace checker {
namespace {

// Whether `written` names a month ("le 27 novembre", "en janvier"): only those dates are resolved
// to the nearest one; a weekday or "hier" has its own rule.
bool names_month(std::string_view written, Lang lang) {
  const auto& months = tables::months(lang == Lang::kEn);
  for (size_t i = 0; i < written.size(); ++i) {
    if (i > 0 && std::isalpha(static_cast<unsigned char>(written[i - 1]))) continue;
    auto first = written.begin() + static_cast<long>(i);
    int month = 0;
    if (boost::spirit::x3::parse(first, written.end(), tables::by_ref(months), month) &&
        (first == written.end() || !std::isalpha(static_cast<unsigned char>(*first))))
      return true;
  }
  return false;
}

}  // namespace

Tense clause_tense(std::string_view clause, Lang lang) {
  // Word edges that know letters beyond ASCII ("était", "chuté"): RE2's \b does not.
#define CHECKER_W0 "(?:^|[^\\pL])"
#define CHECKER_W1 "(?:[^\\pL]|$)"
  // French: passé composé and plus-que-parfait (an auxiliary and a participle), imparfait; futur
  // simple (common stems) and "va/vont" with an infinitive.
  static const RE2 kFrPast("(?i)" CHECKER_W0 "(?:a|ont|avait|avaient|était|étaient)\\s+(?:(?:été|déjà|pas|encore|notamment)\\s+)*"
                           "\\pL+(?:é|ée|és|ées|i|ie|is|u|ue|us|it|ite|ert|erte|ort|orte)" CHECKER_W1
                           "|" CHECKER_W0 "\\pL{2,}(?:ait|aient)" CHECKER_W1);
  static const RE2 kFrFuture("(?i)" CHECKER_W0 "\\pL+(?:era|eront|ira|iront|dra|dront|vra|vront|ura|uront)" CHECKER_W1
                             "|" CHECKER_W0 "(?:va|vont)\\s+\\pL+(?:er|ir|re)" CHECKER_W1);
  static const RE2 kEnPast(R"((?i)\b(?:was|were|had|did|ago|fell|rose|grew)\b)");
  static const RE2 kEnFuture(R"((?i)\b(?:will|shall|going to)\b|\w'll\b)");
  // A plan or a deadline names its date in any tense ("était prévu en mars", "a donné jusqu'au
  // 30 juin", "avant de quitter ses fonctions le 30 octobre", "was scheduled for March"): the verbs
  // say when it was said, not when it is.
  static const RE2 kPlan("(?i)" CHECKER_W0 "(?:(?:prévue?s?|programmée?s?|attendue?s?|annoncée?s?|reportée?s?|repoussée?s?|"
                         "avant de|planned|scheduled|expected|due|postponed|delayed|set to|target|until|till|before)" CHECKER_W1
                         "|jusqu'|jusqu’|d'ici|d’ici)");
#undef CHECKER_W0
#undef CHECKER_W1
  const re2::StringPiece s(clause.data(), clause.size());
  if (RE2::PartialMatch(s, kPlan)) return Tense::kUnknown;
  const bool past = RE2::PartialMatch(s, lang == Lang::kEn ? kEnPast : kFrPast);
  const bool future = RE2::PartialMatch(s, lang == Lang::kEn ? kEnFuture : kFrFuture);
  if (past == future) return Tense::kUnknown;
  return past ? Tense::kPast : Tense::kFuture;
}

void lean_by_tense(std::string_view text, size_t begin, size_t end, Lang lang,
                   const std::optional<PartialDate>& reference, std::vector<Mention>* found) {
  if (!reference) return;
  static const RE2 kWrittenYear(R"(\d{4}|'\d\d|(?i)prochain|dernier|derni[eè]re|pass[ée]|next|last|this|ce |cette )");
  for (Mention& m : *found) {
    Value& v = m.value;
    if (v.type != ValueType::kDate || !v.resolved || !m.time.empty() || !m.set.empty()) continue;
    if (v.date.precision != Precision::kMonth && v.date.precision != Precision::kDay) continue;
    const std::string_view written = text.substr(m.span.start, m.span.end - m.span.start);
    if (!names_month(written, lang) || RE2::PartialMatch(re2::StringPiece(written.data(), written.size()), kWrittenYear))
      continue;
    size_t from = text.find_last_of(".!?;\n", m.span.start);
    from = from == std::string_view::npos || from < begin ? begin : from + 1;
    size_t to = text.find_first_of(".!?;\n", m.span.end);
    to = to == std::string_view::npos || to > end ? end : to;
    const Tense tense = clause_tense(text.substr(from, to - from), lang);
    if (tense == Tense::kUnknown) continue;
    PartialDate d = v.date;
    if (tense == Tense::kPast && d.first_day() > reference->last_day()) --d.year;
    else if (tense == Tense::kFuture && d.last_day() < reference->first_day()) ++d.year;
    else continue;
    if (d.precision == Precision::kDay && d.day > days_in_month(d.year, d.month)) continue;  // 29 February
    v.date = d;
  }
}

}  // namespace checker
