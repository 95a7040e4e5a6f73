// JSON scalars, byte for byte as nlohmann's serializer writes them.
#include "checker/report/json_scalar.h"

#include <array>
#include <cmath>

#include <nlohmann/json.hpp>

namespace checker {

void append_json_string(std::string* out, std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  *out += '"';
  size_t plain = 0;  // start of the bytes not yet copied
  for (size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out->append(text.substr(plain, i - plain));
    plain = i + 1;
    switch (c) {
      case '"': *out += "\\\""; break;
      case '\\': *out += "\\\\"; break;
      case '\b': *out += "\\b"; break;
      case '\f': *out += "\\f"; break;
      case '\n': *out += "\\n"; break;
      case '\r': *out += "\\r"; break;
      case '\t': *out += "\\t"; break;
      default:
        *out += "\\u00";
        *out += kHex[c >> 4];
        *out += kHex[c & 0xF];
    }
  }
  out->append(text.substr(plain));
  *out += '"';
}

void append_json_number(std::string* out, double x) {
  if (!std::isfinite(x)) {
    *out += "null";
    return;
  }
  // nlohmann's own shortest round-trip conversion (Grisu2), the one its serializer calls.
  std::array<char, 64> buffer{};
  char* end = nlohmann::detail::to_chars(buffer.data(), buffer.data() + buffer.size(), x);
  out->append(buffer.data(), static_cast<size_t>(end - buffer.data()));
}

}  // namespace checker
