// JSON reading for rule packs; library exceptions stop here and become Errors with a place.
#include "checker/extract/pack_json.h"

#include <filesystem>
#include <fstream>

namespace checker {

Result<nlohmann::json> read_json_file(const std::string& path, const char* what, uint64_t max_bytes) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec))
    return Error{path, "", ec ? "cannot read: " + ec.message() : "cannot read: not a regular file"};
  if (const uintmax_t size = std::filesystem::file_size(path, ec); !ec && size > max_bytes)
    return Error{path, "", "file is " + std::to_string(size) + " bytes, over the " +
                               std::to_string(max_bytes >> 20) + " MiB limit for " + what};
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{path, "", "cannot read rule file"};
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  try {
    return nlohmann::json::parse(text, nullptr, true, /*ignore_comments=*/true);
  } catch (const nlohmann::json::parse_error& e) {
    size_t line = 1, col = 1;
    for (size_t i = 0; i + 1 < e.byte && i < text.size(); ++i) {
      if (text[i] == '\n') { ++line; col = 1; } else { ++col; }
    }
    // "[json.exception.parse_error.101] parse error at line 3, column 16: syntax error …":
    // keep what comes after the position, which we report our own way.
    std::string reason = e.what();
    const size_t at = reason.find(", column ");
    const size_t colon = at == std::string::npos ? std::string::npos : reason.find(": ", at);
    if (colon != std::string::npos) reason = reason.substr(colon + 2);
    return Error{path, std::to_string(line) + ":" + std::to_string(col), "invalid JSON: " + reason};
  }
}

void JsonFields::fail(const std::string& pointer, const std::string& message) {
  errors_->push_back({file_, pointer.empty() ? "/" : pointer, message});
}

bool JsonFields::string(const nlohmann::json& obj, const std::string& pointer, const char* key,
                        std::string* out, bool required) {
  if (!obj.contains(key)) {
    if (required) fail(pointer, std::string("missing required field '") + key + "' (a string)");
    return !required;
  }
  const auto& v = obj.at(key);
  if (!v.is_string() || v.get<std::string>().empty()) {
    fail(pointer + "/" + key, std::string("'") + key + "' must be a non-empty string, found " + v.dump());
    return false;
  }
  *out = v.get<std::string>();
  return true;
}

bool JsonFields::strings(const nlohmann::json& obj, const std::string& pointer, const char* key,
                         std::vector<std::string>* out, bool required) {
  if (!obj.contains(key)) {
    if (required) fail(pointer, std::string("missing required field '") + key + "' (an array of strings)");
    return !required;
  }
  const auto& v = obj.at(key);
  if (!v.is_array()) {
    fail(pointer + "/" + key, std::string("'") + key + "' must be an array of strings");
    return false;
  }
  for (size_t i = 0; i < v.size(); ++i) {
    if (!v[i].is_string() || v[i].get<std::string>().empty()) {
      fail(pointer + "/" + key + "/" + std::to_string(i), "expected a non-empty string, found " + v[i].dump());
      return false;
    }
    out->push_back(v[i].get<std::string>());
  }
  return true;
}

bool JsonFields::array(const nlohmann::json& obj, const std::string& pointer, const char* key,
                       const nlohmann::json** out, bool required) {
  if (!obj.is_object()) {
    fail(pointer, "expected an object, found " + std::string(obj.type_name()));
    return false;
  }
  if (!obj.contains(key)) {
    if (required) fail(pointer, std::string("missing required field '") + key + "' (an array)");
    return !required;
  }
  if (!obj.at(key).is_array()) {
    fail(pointer + "/" + key, std::string("'") + key + "' must be an array");
    return false;
  }
  *out = &obj.at(key);
  return true;
}

}  // namespace checker
