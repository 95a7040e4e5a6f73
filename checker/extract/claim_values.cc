// Value tests of the claim builder: type fit, date ranges, written precision, restatements.
#include "checker/extract/claim_values.h"

#include <algorithm>
#include <cmath>

#include <re2/re2.h>

#include "checker/parse/number.h"

namespace checker {

bool matches_type(const Value& v, const AttributeDef& def) {
  const std::string& type = def.value_type;
  if (type == "date") return v.type == ValueType::kDate && v.resolved;
  if (type == "quantity")
    return v.type == ValueType::kQuantity &&
           (def.units.empty() || std::find(def.units.begin(), def.units.end(), v.unit) != def.units.end());
  if (type == "amount") return v.type == ValueType::kAmount;
  if (type == "percent") return v.type == ValueType::kPercent;
  if (type == "number") return v.type == ValueType::kNumber;  // a count: "12 000 habitants"
  return false;
}

bool joined_dates(std::string_view text, const std::vector<Mention>& values, size_t a, size_t b) {
  if (values[a].value.type != ValueType::kDate || values[b].value.type != ValueType::kDate) return false;
  if (values[a].span.end > values[b].span.start) return false;
  static const RE2 kDash(R"(\s*(?:-|–|—)\s*)");
  const re2::StringPiece between(text.data() + values[a].span.end, values[b].span.start - values[a].span.end);
  return RE2::FullMatch(between, kDash);
}

bool in_date_range(std::string_view text, const std::vector<Mention>& values, size_t v) {
  return (v > 0 && joined_dates(text, values, v - 1, v)) ||
         (v + 1 < values.size() && joined_dates(text, values, v, v + 1));
}

namespace {

// "6 ft 9 in", "6' 8\"": a quantity written in two units is known to half its last unit (half an
// inch), not half its first. The last unit's size is read by writing 0 and 1 in the last number's
// place. Returns a negative value when the quantity is written with one number.
double compound_precision(std::string_view quoted, size_t digit, size_t length, Lang lang) {
  size_t last = std::string_view::npos;
  for (size_t at = digit + length; at < quoted.size();) {
    const size_t next = quoted.find_first_of("0123456789", at);
    if (next == std::string_view::npos) break;
    const auto n = parse_number(quoted.substr(next), lang);
    if (!n) return -1;
    last = next;
    length = n->length;
    at = next + n->length;
  }
  if (last == std::string_view::npos) return -1;
  const std::string_view written = quoted.substr(last, length);
  auto with = [&](const char* digits) {
    const std::string s = std::string(quoted.substr(0, last)) + digits + std::string(quoted.substr(last + length));
    const auto q = parse_quantity(s, lang);
    return q && q->length == s.size() ? std::optional<double>(q->value.amount) : std::nullopt;
  };
  const auto zero = with("0"), one = with("1");
  if (!zero || !one) return -1;
  const char decimal = lang == Lang::kEn ? '.' : ',';
  const size_t point = written.rfind(decimal);
  const size_t decimals = point == std::string_view::npos ? 0 : written.size() - point - 1;
  return 0.5 * std::pow(10.0, -static_cast<double>(decimals)) * std::fabs(*one - *zero);
}

}  // namespace

double written_precision(std::string_view text, Lang lang, const Mention& m) {
  if (m.value.type == ValueType::kDate || m.value.type == ValueType::kStatus) return 0;
  const std::string_view quoted = text.substr(m.span.start, m.span.end - m.span.start);
  const size_t digit = quoted.find_first_of("0123456789");
  if (digit == std::string_view::npos) return 0;  // a number in words: exact as written
  const auto number = parse_number(quoted.substr(digit), lang);
  if (!number || number->value.amount == 0) return 0;
  if (m.value.type == ValueType::kQuantity && !m.value.lower && !m.value.upper) {
    const double compound = compound_precision(quoted, digit, number->length, lang);
    if (compound >= 0) return compound;
  }
  const std::string_view written = quoted.substr(digit, number->length);
  const char decimal = lang == Lang::kEn ? '.' : ',';
  const size_t point = written.rfind(decimal);
  const size_t decimals = point == std::string_view::npos ? 0 : written.size() - point - 1;
  return 0.5 * std::pow(10.0, -static_cast<double>(decimals)) * std::fabs(m.value.amount / number->value.amount);
}

void mark_restatements(std::string_view text, const std::vector<Mention>& values, std::vector<bool>* used) {
  for (size_t i = 1; i < values.size(); ++i) {
    const Value& a = values[i - 1].value;
    const Value& b = values[i].value;
    if (a.type != b.type || a.type == ValueType::kDate || a.type == ValueType::kNumber) continue;
    const std::string_view between = text.substr(values[i - 1].span.end, values[i].span.start - values[i - 1].span.end);
    if (between.find_first_not_of(" (") == std::string_view::npos && between.find('(') != std::string_view::npos)
      (*used)[i] = true;
  }
}

}  // namespace checker
