// One-line JSON objects without a tree, byte for byte as nlohmann's dump().
#include "checker/report/json_line.h"

#include "checker/report/json_scalar.h"
#include "checker/report/value_fields.h"

namespace checker {

std::string json_string(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 2);
  append_json_string(&out, s);
  return out;
}

std::string json_number(double x) {
  std::string out;
  append_json_number(&out, x);
  return out;
}

std::string json_number(size_t n) { return std::to_string(n); }

void JsonLine::set(std::string_view key, std::string json) {
  if (std::string* there = find(key)) *there = std::move(json);
  else fields_.emplace_back(key, std::move(json));
}

void JsonLine::erase(std::string_view key) {
  for (auto it = fields_.begin(); it != fields_.end(); ++it)
    if (it->first == key) {
      fields_.erase(it);
      return;
    }
}

std::string* JsonLine::find(std::string_view key) {
  for (auto& [k, v] : fields_)
    if (k == key) return &v;
  return nullptr;
}

std::string JsonLine::line() const {
  std::string out = "{";
  for (const auto& [k, v] : fields_) {
    if (out.size() > 1) out += ',';
    out += '"';
    out += k;  // literals: nothing to escape
    out += "\":";
    out += v;
  }
  out += '}';
  return out;
}

void add_value_fields(const Value& v, JsonLine* fields) {
  struct Line : ValueFields {
    JsonLine* f;
    explicit Line(JsonLine* line) : f(line) {}
    void text(const char* key, std::string_view value) override { f->set(key, json_string(value)); }
    void number(const char* key, double value) override { f->set(key, json_number(value)); }
    void null(const char* key) override { f->set(key, "null"); }
    void text_pair(const char* key, std::string_view first, std::string_view second) override {
      f->set(key, "[" + json_string(first) + "," + json_string(second) + "]");
    }
  } line(fields);
  visit_value_fields(v, &line);
}

}  // namespace checker
