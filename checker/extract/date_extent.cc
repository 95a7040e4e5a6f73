// Date extents in the value scanner: heads (articles, kind words), tails (parts of the day).
#include "checker/extract/date_extent.h"

#include <cctype>
#include <string>

#include <re2/re2.h>

#include "checker/extract/scan_chars.h"
#include "checker/parse/time_of_day.h"

namespace checker {

void finish_day(std::string_view text, size_t begin, size_t end, Lang lang, const ScanOptions& options,
                Mention* m) {
  if (m->value.date.precision != Precision::kDay) return;
  const size_t s = m->span.start;
  static const RE2 kWeekday("(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) ");
  re2::StringPiece head(text.data() + s, end - s);
  const bool weekday_first = RE2::Consume(&head, kWeekday);  // "le samedi 5 juin"
  if (lang == Lang::kFr && s >= begin + 3 && (ascii_digit(text[s]) || weekday_first) &&
      (text.substr(s - 3, 3) == "le " || text.substr(s - 3, 3) == "Le ") &&
      (s == begin + 3 || !ascii_letter(text[s - 4])))
    m->span.start = s - 3;
  else if (lang == Lang::kFr && s >= begin + 4 && ascii_digit(text[s]) &&  // "les 6 et 13 avril"
           (text.substr(s - 4, 4) == "les " || text.substr(s - 4, 4) == "Les ") &&
           (s == begin + 4 || !ascii_letter(text[s - 5])))
    m->span.start = s - 4;
  if (!options.times) return;
  if (auto part = parse_day_part(text.substr(m->span.end, end - m->span.end), lang)) {
    m->time = (m->value.resolved ? m->value.date.timex() : "XXXX-XX-XX") + part->timex;
    m->span.end += part->length;
  }
}

void extend_date_head(std::string_view text, size_t begin, Lang lang, Mention* m) {
  static const RE2 kFr(R"((?:\b[Cc]e |\b[Ll]['’]ann[ée]e |\b[Ll]['’]an |\bmois de |\bmois d['’]|\b[Ee]n l['’]an ))");
  static const RE2 kEn(R"((?:\b[Tt]his |\b[Tt]he year |\bthe month of ))");
  const size_t s = m->span.start;
  if (lang == Lang::kFr && s >= begin + 3 && (text.substr(s - 3, 3) == "la " || text.substr(s - 3, 3) == "La ") &&
      (text.substr(s, 4) == "fin " || text.substr(s, 6) == "début ") && (s == begin + 3 || !ascii_letter(text[s - 4]))) {
    m->span.start = s - 3;  // "la fin de l'année", as TimeML spans it
    return;
  }
  const size_t from = s >= begin + 12 ? s - 12 : begin;
  re2::StringPiece head(text.data() + from, s - from);
  re2::StringPiece found;
  const RE2& re = lang == Lang::kEn ? kEn : kFr;
  size_t at = 0;
  while (re.Match(head, at, head.size(), RE2::UNANCHORED, &found, 1)) {
    if (found.data() + found.size() == head.data() + head.size()) {
      m->span.start = static_cast<size_t>(found.data() - text.data());
      return;
    }
    at = static_cast<size_t>(found.data() - head.data()) + 1;
  }
}

bool month_alone_allowed(std::string_view text, size_t begin, size_t start, std::string_view rest, size_t length) {
  if (rest.substr(0, length).find_first_of(" 0123456789\xC2") != std::string_view::npos) return true;  // not alone
  static const RE2 kQuoted(R"((?:«|“|"|')[\s\x{00A0}\x{202F}]*$)");
  const size_t from = start >= begin + 8 ? start - 8 : begin;
  return !RE2::PartialMatch(text.substr(from, start - from), kQuoted);
}

bool part_alone_allowed(std::string_view text, size_t begin, size_t start, std::string_view rest, size_t length) {
  if (length == 0 || std::isdigit(static_cast<unsigned char>(rest[length - 1]))) return true;  // its year is written
  const std::string_view before = text.substr(begin, start - begin);
  for (std::string_view possessive : {std::string_view("'s "), std::string_view("\xE2\x80\x99s ")})
    if (before.size() >= possessive.size() && before.substr(before.size() - possessive.size()) == possessive) return false;
  // Nor after a possessive or an indefinite article: "its first quarter" (a fiscal year's), "son
  // premier semestre", "for a third quarter in a row".
  size_t word_end = before.size();
  while (word_end > 0 && before[word_end - 1] == ' ') --word_end;
  size_t word_start = word_end;
  while (word_start > 0 && std::isalpha(static_cast<unsigned char>(before[word_start - 1]))) --word_start;
  std::string word(before.substr(word_start, word_end - word_start));
  for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const char* w : {"its", "their", "his", "her", "son", "sa", "ses", "leur", "leurs", "a", "an", "un", "une"})
    if (word == w) return false;
  return true;
}

}  // namespace checker
