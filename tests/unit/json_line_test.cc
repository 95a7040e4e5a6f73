// JSON fields written without a tree: the same bytes as nlohmann's dump() of the same object.
#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

#include <nlohmann/json.hpp>

#include "checker/report/json_line.h"
#include "checker/report/json_report.h"

using checker::JsonLine;
using checker::json_number;
using checker::json_string;
using checker::Value;
using checker::ValueType;

namespace {

std::string dumped(const Value& v) {
  JsonLine f;
  checker::add_value_fields(v, &f);
  return f.line();
}

}  // namespace

TEST_CASE("strings are escaped as nlohmann escapes them", "[report]") {
  for (const std::string& s : {std::string("6 717 km²"), std::string("a \"b\" \\ c"), std::string("l\u2019an\tx\ny\r"),
                              std::string("\x01\x1f\x7f\b\f"), std::string(""), std::string("\u202e\u00a0")})
    CHECK(json_string(s) == nlohmann::ordered_json(s).dump());
  CHECK(json_string("a\x01") == "\"a\\u0001\"");
}

TEST_CASE("numbers are written as nlohmann writes them", "[report]") {
  for (const double x : {0.0, -0.0, 2024.0, 1.3e9, 29.7, 0.1, 1e-7, 1e21, 6717.0, -5.5, 1.0 / 3})
    CHECK(json_number(x) == nlohmann::ordered_json(x).dump());
  CHECK(json_number(2024.0) == "2024.0");
  CHECK(json_number(std::numeric_limits<double>::quiet_NaN()) == "null");
  CHECK(json_number(size_t{18446744073709551615ULL}) == "18446744073709551615");
}

TEST_CASE("a field set again keeps its place and an erased one closes the gap", "[report]") {
  JsonLine f;
  f.set("a", "1");
  f.set("b", "2");
  f.set("c", "3");
  f.set("a", "4");
  f.erase("b");
  f.set("d", "null");
  CHECK(f.line() == R"({"a":4,"c":3,"d":null})");
  CHECK(JsonLine().line() == "{}");
}

TEST_CASE("value fields are value_json's, in its order", "[report]") {
  Value number;
  number.amount = 1747;
  Value amount;
  amount.type = ValueType::kAmount;
  amount.amount = 1.3e9;
  amount.currency = "USD";
  amount.lower = 1.2e9;
  amount.qualifier = "approx";
  Value quantity;
  quantity.type = ValueType::kQuantity;
  quantity.amount = 6717;
  quantity.unit = "km2";
  quantity.upper = 7000;
  quantity.qualifier = "max";
  Value percent;
  percent.type = ValueType::kPercent;
  percent.amount = 20.3;
  Value status;
  status.type = ValueType::kStatus;
  status.status = "not-operational";
  Value date;
  date.type = ValueType::kDate;
  date.date = *checker::parse_iso_date("2025-12");
  date.date.mod = checker::InternedString("END");
  Value unresolved = date;
  unresolved.resolved = false;
  unresolved.date.mod = checker::InternedString("");
  for (const Value& v : {number, amount, quantity, percent, status, date, unresolved}) CHECK(dumped(v) == checker::value_json(v).dump());
  CHECK(dumped(date) ==
        R"({"type":"date","timex":"2025-12","precision":"month","mod":"END","interval":["2025-12-01","2025-12-31"]})");
}
