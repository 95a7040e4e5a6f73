// Reading rule-pack JSON files: comments allowed, errors with the file and line:column or the
// JSON pointer, and typed field access that says what was expected.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "checker/core/error.h"

namespace checker {

/// The largest rule file read: rule packs are hand-written lists; a larger file is refused
/// unread, naming this limit (parsing it would take ~10 times its size in memory).
inline constexpr uint64_t kMaxRuleFileBytes = uint64_t{16} << 20;

/// Reads and parses a JSON file (// and /* */ comments allowed) of at most `max_bytes`; a larger
/// one is refused unread, the message naming the limit and `what` the file is for.
Result<nlohmann::json> read_json_file(const std::string& path, const char* what = "a rule file",
                                      uint64_t max_bytes = kMaxRuleFileBytes);

/// Typed access to fields of a rule-pack object; every failure appends an Error naming the
/// file and the JSON pointer of the field, and what is allowed there.
class JsonFields {
 public:
  JsonFields(std::string file, Diagnostics* errors) : file_(std::move(file)), errors_(errors) {}

  bool string(const nlohmann::json& obj, const std::string& pointer, const char* key,
              std::string* out, bool required);
  bool strings(const nlohmann::json& obj, const std::string& pointer, const char* key,
               std::vector<std::string>* out, bool required);
  bool array(const nlohmann::json& obj, const std::string& pointer, const char* key,
             const nlohmann::json** out, bool required);
  void fail(const std::string& pointer, const std::string& message);
  const std::string& file() const { return file_; }

 private:
  std::string file_;
  Diagnostics* errors_;
};

}  // namespace checker
