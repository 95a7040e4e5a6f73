// Ratios of two whole numbers in digits or words (Boost.Spirit X3).
#include "checker/parse/ratio.h"

#include <cctype>
#include <vector>

#include "checker/parse/duration.h"
#include "checker/parse/whole_number.h"
#include "checker/parse/x3_cursor.h"

namespace checker {

std::optional<ParsedValue> parse_ratio(std::string_view text, Lang lang) {
  const bool en = lang == Lang::kEn;
  auto num = whole_at(text, lang);
  if (!num) return std::nullopt;
  static const std::vector<std::string_view> kEnglish = {"over", "out of", "in"}, kFrench = {"sur"};
  std::string_view word;
  size_t p = num->length;
  if (!parse_at(text, &p, tables::ws)) return std::nullopt;
  for (std::string_view w : en ? kEnglish : kFrench)
    if (text.substr(p, w.size()) == w) {
      word = w;
      break;
    }
  if (word.empty()) return std::nullopt;
  p += word.size();
  if (!parse_at(text, &p, tables::ws)) return std::nullopt;
  auto den = whole_at(text.substr(p), lang);
  if (!den || den->value == 0) return std::nullopt;
  const size_t end = p + den->length;
  if (!word_at_end(text, end)) return std::nullopt;
  // "1000 € sur 3 ans": over a length of time, not a ratio.
  if (parse_duration(text.substr(p), lang)) return std::nullopt;
  // "5 in 2020", "sur 2019": a year, not a ratio; "1 in 20" only with one; "5 over 10 years"
  // is a length of time.
  const bool year_like = den->length == 4 && den->value >= 1000 && den->value <= 2199;
  if (year_like && word != "over") return std::nullopt;
  if (word == "in" && num->value != 1) return std::nullopt;
  if (word == "out of" && num->value > den->value) return std::nullopt;  // "12 out of 10": two numbers
  if (word == "over") {
    size_t q = end;
    if (parse_at(text, &q, tables::ws) && q < text.size() && std::isalpha(static_cast<unsigned char>(text[q])))
      return std::nullopt;
  }
  ParsedValue out;
  out.value.type = ValueType::kNumber;
  out.value.amount = num->value / den->value;
  out.length = end;
  return out;
}

}  // namespace checker
