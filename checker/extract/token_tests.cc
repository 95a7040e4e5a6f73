// What the text around a scanner trigger says about it: names, footnotes, signs, decimals.
#include "checker/extract/token_tests.h"

#include <cctype>

#include <re2/re2.h>
#include <utf8proc.h>

#include "checker/extract/scan_chars.h"
#include "checker/parse/fraction_digits.h"

namespace checker {
namespace {

bool is_letter(char32_t cp) {
  const auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
  return cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
}

bool is_upper(char32_t cp) {
  return utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_LU;
}

bool is_lower(char32_t cp) {
  return utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_LL;
}

}  // namespace

bool numbered_name(std::string_view text, size_t begin, size_t pos, size_t stop) {
  if (stop <= pos || stop - pos > 3) return false;
  for (size_t i = pos; i < stop; ++i)
    if (!ascii_digit(text[i])) return false;
  if (pos < begin + 3 || text[pos - 1] != ' ') return false;
  // The word before the space: a capital, then lower-case letters only ("Ariane", "Falcon").
  size_t s = pos - 1, start = 0;
  size_t letters = 0;
  char32_t first = 0;
  bool rest_lower = true;  // every letter after the first
  for (char32_t cp = previous_cp(text, begin, s, &start); is_letter(cp); cp = previous_cp(text, begin, s, &start)) {
    if (letters > 0) rest_lower = rest_lower && is_lower(first);
    first = cp;
    s = start;
    ++letters;
  }
  if (letters < 2 || !rest_lower || !is_upper(first)) return false;
  // Inside a sentence: a word, not a sentence's or line's start, comes before the capital.
  if (s < begin + 2 || text[s - 1] != ' ') return false;
  size_t t = 0;
  const char32_t before = previous_cp(text, begin, s - 1, &t);
  return is_letter(before) || (before >= '0' && before <= '9');
}

bool glued_to_name(std::string_view text, size_t begin, size_t pos) {
  size_t s = 0;
  const char32_t prev = previous_cp(text, begin, pos, &s);
  if (is_letter(prev)) return true;
  if (prev == '-' || prev == 0x2010 || prev == 0x2011) {
    size_t s2 = 0;
    return is_letter(previous_cp(text, begin, s, &s2));
  }
  if (prev == '.' || prev == ',') {  // "2.1b" after a skipped name: still the same token
    size_t s2 = 0;
    const char32_t before = previous_cp(text, begin, s, &s2);
    return before >= '0' && before <= '9' && glued_to_name(text, begin, s2);
  }
  return false;
}

size_t skip_token(std::string_view text, size_t pos, size_t end) {
  while (pos < end && (std::isalnum(static_cast<unsigned char>(text[pos])) || text[pos] == '.' ||
                       text[pos] == ',' || text[pos] == '-'))
    ++pos;
  return pos;
}

bool glued_footnote(std::string_view text, size_t begin, size_t pos, size_t end) {
  if (pos <= begin || !ascii_digit(text[pos - 1])) return false;
  size_t q = pos;
  while (q < end && ascii_digit(text[q])) ++q;
  return text.substr(q, 3) == "(*)";
}

bool footnote_call(std::string_view text, size_t begin, size_t pos, size_t end) {
  size_t q = pos;
  while (q < end && q - pos <= 3 && ascii_digit(text[q])) ++q;
  if (q == pos || q - pos > 3) return false;
  // "53(*)", and a reference call in square brackets: "long.[12]", "note [3]".
  return text.substr(q, 3) == "(*)" || (pos > begin && text[pos - 1] == '[' && q < end && text[q] == ']');
}

size_t second_calendar_day(std::string_view text, size_t pos, size_t end) {
  size_t slash = pos;
  while (slash < end && slash - pos < 2 && ascii_digit(text[slash])) ++slash;
  if (slash == pos || slash >= end || text[slash] != '/') return pos;
  const size_t day = slash + 1;
  size_t after = day;
  while (after < end && after - day < 2 && ascii_digit(text[after])) ++after;
  return after > day && month_phrase_follows(text.substr(after, end - after)) ? day : pos;
}

int year_pair_tail(std::string_view text, size_t begin, size_t pos, size_t end) {
  if (pos + 2 > end || !ascii_digit(text[pos]) || !ascii_digit(text[pos + 1])) return 0;
  if (pos + 2 < end && (ascii_digit(text[pos + 2]) || ascii_letter(text[pos + 2]))) return 0;
  size_t joiner = 0;
  if (pos > begin && (text[pos - 1] == '-' || text[pos - 1] == '/')) joiner = 1;
  else if (pos >= begin + 3 && text.substr(pos - 3, 3) == "\xE2\x80\x93") joiner = 3;  // en dash
  if (joiner == 0 || pos < begin + joiner + 4) return 0;
  const size_t year_at = pos - joiner - 4;
  for (size_t i = year_at; i < year_at + 4; ++i)
    if (!ascii_digit(text[i])) return 0;
  // The first number must read as a year of its own: not part of a code ("ISBN 1-4028-29", "ref
  // 4011-12", "ext 1234-35").
  if (year_at > begin) {
    const char before = text[year_at - 1];
    if (ascii_digit(before) || ascii_letter(before) || before == '-' || before == '/' || before == '.') return 0;
  }
  const int year = std::stoi(std::string(text.substr(year_at, 4)));
  const int tail = (text[pos] - '0') * 10 + (text[pos + 1] - '0');
  if (year < 1800 || year > 2100 || (year + 1) % 100 != tail) return 0;
  return year + 1;
}

bool leading_decimal(std::string_view text, size_t begin, size_t pos, Lang lang) {
  if (pos <= begin || text[pos - 1] != (lang == Lang::kEn ? '.' : ',')) return false;
  if (pos - 1 == begin) return true;
  const char before = text[pos - 2];
  return before == ' ' || before == '(' || before == '\n';
}

bool pronoun_one(std::string_view text, size_t begin, size_t pos) {
  if (text.substr(pos, 3) != "one" && text.substr(pos, 3) != "One") return false;
  static const RE2 kDeterminer(R"((?i)\b(?:the|this|that|which|each|every|any|another|no|no other|some|someone|a|any other) $)");
  const size_t from = pos >= begin + 12 ? pos - 12 : begin;
  return RE2::PartialMatch(text.substr(from, pos - from), kDeterminer);
}

void make_negative(std::string_view text, size_t begin, Mention* m) {
  if (m->value.type == ValueType::kDate || m->value.type == ValueType::kStatus) return;
  size_t s = 0;
  const char32_t prev = previous_cp(text, begin, m->span.start, &s);
  if (prev != '-' && prev != 0x2212) return;
  size_t s2 = 0;
  const char32_t before = previous_cp(text, begin, s, &s2);
  if (before != 0 && before != ' ' && before != '(' && before != '\n') return;
  // "75 -300mm": a dash between two numbers joins a range.
  size_t s3 = 0;
  if (before == ' ' && ascii_digit(static_cast<char>(previous_cp(text, begin, s2, &s3)))) return;
  m->span.start = s;
  m->value.amount = -m->value.amount;
}

}  // namespace checker
