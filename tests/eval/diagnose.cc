// Groups TimeBank disagreements by pattern (see diagnose.h).
#include "diagnose.h"

#include <algorithm>
#include <cctype>

namespace checker::eval {
namespace {

// Moves `i` back to the start of the UTF-8 sequence it falls in.
size_t char_start(const std::string& s, size_t i) {
  while (i > 0 && i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  return i;
}

std::string flat(std::string s) {
  std::replace(s.begin(), s.end(), '\n', ' ');
  return s;
}

// The surface as a pattern: ASCII lower case, every digit a 9.
std::string shape(const std::string& s) {
  std::string out = flat(s);
  for (char& c : out) {
    if (std::isdigit(static_cast<unsigned char>(c))) c = '9';
    else c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

std::string slice(const std::string& text, size_t a, size_t b) { return text.substr(a, b - a); }

// "[span]" with up to 30 bytes of context either side.
std::string in_context(const std::string& text, size_t a, size_t b) {
  const size_t from = char_start(text, a < 30 ? 0 : a - 30);
  const size_t to = char_start(text, std::min(text.size(), b + 30));
  return flat(slice(text, from, a) + "[" + slice(text, a, b) + "]" + slice(text, b, to));
}

bool overlaps(const Item& x, const Item& y) { return x.start < y.end && y.start < x.end; }

// How a predicted span differs from the gold one: "+le |" (we take more before), "|-dernier"
// (we leave out what TimeBank puts after).
std::string span_pattern(const std::string& text, const Item& g, const Item& p) {
  std::string before, after;
  if (p.start < g.start) before = "+" + slice(text, p.start, g.start);
  else if (p.start > g.start) before = "-" + slice(text, g.start, p.start);
  if (p.end > g.end) after = "+" + slice(text, g.end, p.end);
  else if (p.end < g.end) after = "-" + slice(text, p.end, g.end);
  return shape(before) + "|" + shape(after);
}

}  // namespace

void Diagnosis::add(const std::string& doc, const std::string& text, const std::vector<Item>& gold,
                    const std::vector<Item>& predicted) {
  std::vector<bool> seen(predicted.size(), false);
  for (const Item& g : gold) {
    bool any = false;
    for (size_t i = 0; i < predicted.size(); ++i) {
      const Item& p = predicted[i];
      if (!overlaps(g, p)) continue;
      any = seen[i] = true;
      const std::string where = doc + ": " + in_context(text, g.start, g.end);
      if (p.start != g.start || p.end != g.end)
        groups_["span"][span_pattern(text, g, p)].push_back(where + "  got [" + slice(text, p.start, p.end) + "]");
      if (p.value != g.value)
        groups_["value"][shape(g.value) + " <- " + shape(p.value)].push_back(where + "  " + g.value + " <- " + p.value);
    }
    if (!any)
      groups_["missed"][shape(slice(text, g.start, g.end))].push_back(doc + ": " + in_context(text, g.start, g.end) +
                                                                       "  " + g.category + " " + g.value);
  }
  for (size_t i = 0; i < predicted.size(); ++i)
    if (!seen[i])
      groups_["spurious"][shape(slice(text, predicted[i].start, predicted[i].end))].push_back(
          doc + ": " + in_context(text, predicted[i].start, predicted[i].end) + "  " + predicted[i].value);
}

void Diagnosis::print(std::ostream& out) const {
  for (const char* kind : {"missed", "spurious", "span", "value"}) {
    const auto it = groups_.find(kind);
    if (it == groups_.end()) continue;
    std::vector<std::pair<std::string, const std::vector<std::string>*>> sorted;
    size_t total = 0;
    for (const auto& [pattern, examples] : it->second) {
      sorted.emplace_back(pattern, &examples);
      total += examples.size();
    }
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto& a, const auto& b) { return a.second->size() > b.second->size(); });
    out << "== " << kind << " (" << total << ")\n";
    for (const auto& [pattern, examples] : sorted) {
      out << examples->size() << "\t" << pattern << "\n";
      for (const std::string& e : *examples) out << "\t\t" << e << "\n";
    }
  }
}

}  // namespace checker::eval
