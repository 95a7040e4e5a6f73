// Reading Recognizers-Text specs: Input, Context.ReferenceDateTime, Results with Text, TypeName,
// Resolution, Start and End (code points, End inclusive).
#include "recognizers.h"

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "checker/extract/mentions.h"
#include "patterns.h"
#include "units.h"

namespace checker::eval {
namespace {

using nlohmann::json;

// Spec files spell keys inconsistently ("Start" and "start").
const json* field(const json& j, const std::string& key) {
  for (auto it = j.begin(); it != j.end(); ++it) {
    std::string k = it.key();
    if (k.size() == key.size() && std::equal(k.begin(), k.end(), key.begin(), [](char a, char b) {
          return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
        }))
      return &*it;
  }
  return nullptr;
}

std::string text_of(const json* j) { return j && j->is_string() ? j->get<std::string>() : ""; }

// Code-point index of every byte offset of `text`.
std::vector<size_t> code_points(const std::string& text) {
  std::vector<size_t> out(text.size() + 1, 0);
  size_t cp = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    out[i] = cp;
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) out[i] = cp++;
  }
  out[text.size()] = cp;
  return out;
}

std::string category_of(const std::string& type_name) {
  const auto dot = type_name.find('.');
  return dot == std::string::npos ? type_name : type_name.substr(dot + 1);
}

std::string expected_value(const std::string& category, const json& resolution) {
  const std::string value = text_of(field(resolution, "value"));
  if (category == "number" || category == "percentage") return number_key(value);
  if (category == "currency") return currency_key(text_of(field(resolution, "unit")), number_key(value));
  if (category == "dimension") return dimension_key(text_of(field(resolution, "unit")), value);
  if (category == "numberrange") return value;
  const json* values = field(resolution, "values");
  if (values && values->is_array() && !values->empty()) return text_of(field((*values)[0], "timex"));
  return "";
}

// Our mention in the spec's terms: its category for this model and its comparable value.
std::optional<Item> predicted_item(const std::string& model, const Mention& m, const std::string& expected_timex_hint) {
  const Value& v = m.value;
  Item item;
  if (!m.set.empty()) return std::nullopt;  // recurrences: an unsupported category (docs/parsers.md)
  if (model == "number") {
    if (!m.time.empty()) return std::nullopt;
    if (!m.duration.empty()) {
      item.value = number_key(fmt::format("{:.12g}", v.amount));  // the count of "3 years"
    } else if (v.type == ValueType::kDate) {
      if (v.date.precision != Precision::kYear || !v.date.mod.empty() || m.span.end - m.span.start != 4)
        return std::nullopt;
      item.value = number_key(std::to_string(v.date.year));
    } else if (v.type == ValueType::kStatus || v.type == ValueType::kQuantity) {
      return std::nullopt;  // quantities with a unit are the dimension model's ("the 180ml liquid")
    } else {
      item.value = number_key(fmt::format("{:.12g}", v.amount));
    }
    item.category = "number";
  } else if (model == "percentage") {
    if (v.type != ValueType::kPercent) return std::nullopt;
    item.category = "percentage";
    item.value = number_key(fmt::format("{:.12g}", v.amount));
  } else if (model == "currency") {
    if (v.type != ValueType::kAmount) return std::nullopt;
    item.category = "currency";
    item.value = v.currency + " " + number_key(fmt::format("{:.12g}", v.amount));
  } else if (model == "dimension") {
    if (v.type != ValueType::kQuantity) return std::nullopt;
    if (v.unit == "Cel" || v.unit == "degF") return std::nullopt;  // the specs' TemperatureModel: not scored
    item.category = "dimension";
    item.value = v.unit + " " + number_key(fmt::format("{:.12g}", v.amount));
  } else if (model == "numberrange") {
    if (!v.lower && !v.upper) return std::nullopt;
    item.category = "numberrange";
    item.value = range_key(v);
  } else if (model == "datetime") {
    if (!m.time.empty()) return std::nullopt;
    if (!m.duration.empty()) {
      item.category = "duration";
      item.value = m.duration;
    } else if (v.type == ValueType::kDate) {
      item.category = v.date.precision == Precision::kDay ? "date" : "daterange";
      item.value = v.date.timex();
      // An unanchored year reads "XXXX" on both sides.
      if (expected_timex_hint.rfind("XXXX", 0) == 0 && item.value.size() >= 4)
        item.value = "XXXX" + item.value.substr(4);
    } else {
      return std::nullopt;
    }
  } else {
    return std::nullopt;
  }
  return item;
}

}  // namespace

std::string score_recognizers_spec(const std::string& path, const std::string& name, Scores* scores) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return path + ": cannot read";
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (bytes.rfind("\xEF\xBB\xBF", 0) == 0) bytes.erase(0, 3);
  json cases;
  try {
    cases = json::parse(bytes);
  } catch (const std::exception& e) {
    return path + ": " + e.what();
  }
  const Lang lang = name.find("/English/") != std::string::npos ? Lang::kEn : Lang::kFr;
  std::string model = "number";
  if (name.find("Percent") != std::string::npos) model = "percentage";
  if (name.find("Currency") != std::string::npos) model = "currency";
  if (name.find("Dimension") != std::string::npos) model = "dimension";
  if (name.find("Range") != std::string::npos) model = "numberrange";
  if (name.find("DateTime/") == 0) model = "datetime";
  // CHECKER_EVAL_PATTERNS=<part of a spec name> prints that spec's misses and false positives
  // grouped by the shape of their text.
  const char* patterns_of = std::getenv("CHECKER_EVAL_PATTERNS");
  const bool tally = patterns_of && name.find(patterns_of) != std::string::npos;
  PatternCounts patterns;
  Scores valued;               // the same, over the expectations that have a value
  bool without_value = false;  // some expectation of this spec has none
  for (const json& c : cases) {
    if (text_of(field(c, "NotSupported")).find("dotnet") != std::string::npos) continue;
    const std::string input = text_of(field(c, "Input"));
    std::optional<PartialDate> reference;
    if (const json* ctx = field(c, "Context"))
      reference = parse_iso_date(text_of(field(*ctx, "ReferenceDateTime")).substr(0, 10));
    const std::vector<size_t> cp = code_points(input);
    std::vector<Item> expected;
    std::vector<bool> has_value;  // the resolution gives a value (not null, not absent)
    std::string hint;
    const json* results = field(c, "Results");
    if (results && results->is_array()) {
      for (const json& r : *results) {
        Item e;
        e.category = category_of(text_of(field(r, "TypeName")));
        const json* res = field(r, "Resolution");
        e.value = res ? expected_value(e.category, *res) : "";
        const json* raw = res ? field(*res, "value") : nullptr;
        has_value.push_back(raw && !raw->is_null() && (!raw->is_string() || (text_of(raw) != "null" && !text_of(raw).empty())));
        const std::string t = text_of(field(r, "Text"));
        const json* s = field(r, "Start");
        const json* en = field(r, "End");
        if (s && s->is_number() && en && en->is_number()) {
          e.start = s->get<size_t>();
          e.end = en->get<size_t>() + 1;
        } else {
          const size_t at = input.find(t);
          e.start = at == std::string::npos ? 0 : cp[at];
          e.end = e.start + (cp[std::min(input.size(), at + t.size())] - e.start);
        }
        if (e.category == "date" || e.category == "daterange") hint = e.value;
        expected.push_back(e);
      }
    }
    ScanOptions options;
    options.durations = true;
    options.times = true;
    std::vector<Item> predicted;
    for (const Mention& m : scan_values(input, 0, input.size(), lang, reference, options)) {
      auto item = predicted_item(model, m, hint);
      if (!item) continue;
      item->start = cp[m.span.start];
      item->end = cp[m.span.end];
      predicted.push_back(*item);
    }
    Scores local;
    std::vector<bool> found, used;
    match(expected, predicted, false, true, name + " ", &local, &found, &used);
    // The measure is the expected values found with the same value. A spec whose
    // expectations include some without a value ("a percentage", a unit alone: resolution value
    // "null"), which no mention of ours can match, gets a second row that leaves them out.
    if (model != "datetime" && model != "numberrange") {
      std::vector<Item> valued_expected, valued_predicted = predicted;
      for (size_t i = 0; i < expected.size(); ++i)
        if (has_value[i]) valued_expected.push_back(expected[i]), valued_expected.back().category += " with-value";
        else without_value = true;
      for (Item& p : valued_predicted) p.category += " with-value";
      match(valued_expected, valued_predicted, false, true, name + " ", &valued);
    }
    if (tally) {
      // Code points back to bytes, to cut the text of each item.
      std::vector<size_t> byte_at(cp.back() + 1, input.size());
      for (size_t b = input.size(); b-- > 0;) byte_at[cp[b]] = b;
      auto text = [&](const Item& it) {
        const size_t from = byte_at[std::min(it.start, cp.back())], to = byte_at[std::min(it.end, cp.back())];
        return shape_of(std::string_view(input).substr(from, to > from ? to - from : 0));
      };
      for (size_t i = 0; i < expected.size(); ++i)
        if (!found[i]) ++patterns["miss " + expected[i].category + " " + text(expected[i])];
      for (size_t i = 0; i < predicted.size(); ++i)
        if (!used[i]) ++patterns["false " + predicted[i].category + " " + text(predicted[i])];
    }
    bool wrong = false;
    for (const auto& [key, score] : local) {
      (*scores)[key].tp += score.tp, (*scores)[key].fp += score.fp, (*scores)[key].fn += score.fn;
      wrong = wrong || score.fp > 0 || score.fn > 0;
    }
    // CHECKER_EVAL_SHOW=<part of a spec name> prints the cases we get wrong, to drive coverage.
    const char* show = std::getenv("CHECKER_EVAL_SHOW");
    if (wrong && show && name.find(show) != std::string::npos) {
      std::cerr << "INPUT " << input << "\n";
      for (const Item& e : expected) std::cerr << "  want " << e.category << " " << e.start << "-" << e.end << " " << e.value << "\n";
      for (const Item& p : predicted) std::cerr << "  got  " << p.category << " " << p.start << "-" << p.end << " " << p.value << "\n";
    }
  }
  if (without_value) scores->insert(valued.begin(), valued.end());
  if (tally) print_patterns(name, patterns);
  return "";
}

}  // namespace checker::eval
