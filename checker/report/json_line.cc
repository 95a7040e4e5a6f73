// One-line JSON objects without a tree, byte for byte as nlohmann's dump().
#include "checker/report/json_line.h"

#include "checker/report/json_scalar.h"

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

void add_value_fields(const Value& v, JsonLine* f) {
  const auto optional_number = [](const std::optional<double>& x) { return x ? json_number(*x) : "null"; };
  f->set("type", json_string(value_type_name(v.type)));
  switch (v.type) {
    case ValueType::kNumber: f->set("value", json_number(v.amount)); break;
    case ValueType::kAmount:
      f->set("amount", json_number(v.amount));
      f->set("currency", json_string(v.currency.str()));
      break;
    case ValueType::kQuantity:
      f->set("amount", json_number(v.amount));
      f->set("unit", json_string(v.unit.str()));
      break;
    case ValueType::kPercent: f->set("amount", json_number(v.amount)); break;
    case ValueType::kStatus: f->set("value", json_string(v.status.str())); break;
    case ValueType::kDate:
      f->set("timex", json_string(v.date.timex()));
      f->set("precision", json_string(precision_name(v.date.precision)));
      f->set("mod", v.date.mod.empty() ? "null" : json_string(v.date.mod.str()));
      f->set("interval", v.resolved ? "[" + json_string(v.date.first_iso()) + "," + json_string(v.date.last_iso()) + "]"
                                    : "null");
      break;
  }
  if (v.lower || v.upper) {
    f->set("lower", optional_number(v.lower));
    f->set("upper", optional_number(v.upper));
    f->set("qualifier", json_string(v.qualifier.str()));
  }
}

}  // namespace checker
