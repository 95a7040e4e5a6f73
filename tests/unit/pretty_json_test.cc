// PrettyJson writes the bytes of nlohmann's dump(2): the JSON report depends on it.
#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

#include <nlohmann/json.hpp>

#include "checker/report/pretty_json.h"

using namespace checker;
using nlohmann::ordered_json;

namespace {

// The same tree, through PrettyJson.
void write(PrettyJson& j, const ordered_json& v) {
  if (v.is_object()) {
    j.open_object();
    for (const auto& [k, member] : v.items()) {
      j.key(k);
      write(j, member);
    }
    j.close_object();
  } else if (v.is_array()) {
    j.open_array();
    for (const ordered_json& e : v) write(j, e);
    j.close_array();
  } else if (v.is_string()) {
    j.string(v.get<std::string>());
  } else if (v.is_number_float()) {
    j.real(v.get<double>());
  } else if (v.is_number_unsigned()) {
    j.unsigned_integer(v.get<uint64_t>());
  } else if (v.is_number_integer()) {
    j.integer(v.get<int64_t>());
  } else if (v.is_boolean()) {
    j.boolean(v.get<bool>());
  } else {
    j.null();
  }
}

std::string pretty(const ordered_json& v, size_t depth) {
  std::string out;
  PrettyJson j(&out, depth);
  write(j, v);
  return out;
}

}  // namespace

TEST_CASE("PrettyJson writes what dump(2) writes", "[report][json]") {
  const ordered_json tree = {
      {"text", "quote \"x\" \\ tab\there\nline\x01 end \x7f Baïkonour « 2 100 km² »"},
      {"numbers", {0.0, -0.0, 1.0, 0.1, 29.7, 1.3e9, 1e20, 1e-7, 123456789012345678.0, -2.5, 1747.0}},
      {"integers", {0, -3, 42}},
      {"sizes", {size_t{0}, size_t{18446744073709551615u}}},
      {"flags", {true, false}},
      {"nothing", nullptr},
      {"empty_array", ordered_json::array()},
      {"empty_object", ordered_json::object()},
      {"nested", {{"a", {{"b", ordered_json::array({ordered_json::object(), 1})}}}}},
  };
  CHECK(pretty(tree, 0) == tree.dump(2));
  CHECK(pretty(ordered_json::array(), 0) == "[]");
  CHECK(pretty("plain", 3) == "\"plain\"");
}

TEST_CASE("PrettyJson nests its lines at the depth it is given", "[report][json]") {
  const ordered_json tree = {{"a", {1, 2}}, {"b", {{"c", "d"}}}};
  CHECK(pretty(tree, 2) ==
        "{\n"
        "      \"a\": [\n"
        "        1,\n"
        "        2\n"
        "      ],\n"
        "      \"b\": {\n"
        "        \"c\": \"d\"\n"
        "      }\n"
        "    }");
}

TEST_CASE("PrettyJson prints numbers that are not finite as null, as dump does", "[report][json]") {
  std::string out;
  PrettyJson j(&out, 0);
  j.open_array();
  j.real(std::numeric_limits<double>::quiet_NaN());
  j.real(std::numeric_limits<double>::infinity());
  j.close_array();
  CHECK(out == "[\n  null,\n  null\n]");
  CHECK(out == ordered_json::array({NAN, INFINITY}).dump(2));
}

TEST_CASE("PrettyJson throws on text that is not UTF-8, as dump does", "[report][json]") {
  std::string out;
  PrettyJson j(&out, 0);
  CHECK_THROWS_AS(j.string("bad \xFF byte"), nlohmann::json::type_error);
}
