// The value scanner.
#include "checker/extract/mentions.h"

#include <cctype>

#include <re2/re2.h>
#include <utf8proc.h>

#include "checker/parse/date.h"
#include "checker/parse/number.h"
#include "checker/text/utf8.h"

namespace checker {
namespace {

bool ascii_letter(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
bool ascii_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

// The code point that ends just before `pos` (0 at `begin`); *start receives its first byte.
char32_t previous_cp(std::string_view text, size_t begin, size_t pos, size_t* start) {
  if (pos <= begin) return 0;
  size_t s = pos - 1;
  while (s > begin && (static_cast<unsigned char>(text[s]) & 0xC0) == 0x80) --s;
  size_t len = 0;
  *start = s;
  return decode_utf8(text, s, &len);
}

bool is_letter(char32_t cp) {
  const auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
  return cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
}

// A letter just before `pos`, possibly across a hyphen: the number belongs to a name
// (Ariane-6, A-380M, C295, dénucléarisation41(*)).
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

}  // namespace

std::vector<Mention> scan_values(std::string_view text, size_t begin, size_t end, Lang lang,
                                 const std::optional<PartialDate>& reference) {
  static const RE2 kTrigger(
      R"((\d|[$€£]|(?i:\b(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|fin|début|mi|premier|second|deuxième|january|february|march|april|may|june|july|august|september|october|november|december|early|mid|late|end|first)\b)))");
  static const RE2 kUrl(R"((?i)(?:https?://|www\.)[^\s<>"]+)");
  std::vector<Mention> out;
  std::vector<Span> urls;
  {
    re2::StringPiece in(text.data(), end), m;
    size_t pos = begin;
    while (pos < end && kUrl.Match(in, pos, end, RE2::UNANCHORED, &m, 1)) {
      const size_t s = static_cast<size_t>(m.data() - text.data());
      urls.push_back({s, s + m.size()});
      pos = s + m.size();
    }
  }
  re2::StringPiece input(text.data(), end), m;
  size_t pos = begin;
  size_t url = 0;
  while (pos < end && kTrigger.Match(input, pos, end, RE2::UNANCHORED, &m, 1)) {
    size_t p = static_cast<size_t>(m.data() - text.data());
    while (url < urls.size() && urls[url].end <= p) ++url;
    if (url < urls.size() && urls[url].start <= p) {
      pos = urls[url].end;
      continue;
    }
    const bool digit = ascii_digit(text[p]);
    if (digit && glued_to_name(text, begin, p)) {
      pos = skip_token(text, p, end);
      continue;
    }
    const std::string_view rest = text.substr(p, end - p);
    if (auto d = parse_date(rest, lang, reference)) {
      out.push_back({{p, p + d->length}, d->value});
      pos = p + d->length;
      continue;
    }
    auto q = parse_quantity(rest, lang);
    if (!q) {
      pos = p + m.size();
      continue;
    }
    const size_t stop = p + q->length;
    if (stop < end && ascii_letter(text[stop]) && (q->value.type == ValueType::kNumber)) {
      pos = skip_token(text, p, end);  // "18M", "4x450": a model name, not a number
      continue;
    }
    Value v = q->value;
    if (q->plain_integer && q->length == 4 && v.amount >= 1000 && v.amount <= 2199) {
      v = Value{};
      v.type = ValueType::kDate;
      v.date.year = static_cast<int>(q->value.amount);
      v.date.precision = Precision::kYear;
    }
    out.push_back({{p, stop}, v});
    pos = stop;
  }
  return out;
}

}  // namespace checker
