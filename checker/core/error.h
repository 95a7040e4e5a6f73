// Error values for expected failures (bad input, bad rule files): they name the file and the place.
#pragma once

#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace checker {

/// A user-facing problem with one input. `where` is "line:column", a JSON pointer or empty.
struct Error {
  std::string file;
  std::string where;
  std::string message;

  /// "file:where: message", or "file: message" when there is no place.
  std::string to_string() const {
    std::string out = file;
    if (!where.empty()) out += ":" + where;
    if (!out.empty()) out += ": ";
    return out + message;
  }
};

/// Either a value or an Error; expected failures travel as values, not exceptions.
template <typename T>
class Result {
 public:
  Result(T value) : data_(std::move(value)) {}          // NOLINT: implicit by design
  Result(Error error) : data_(std::move(error)) {}      // NOLINT: implicit by design
  bool ok() const { return data_.index() == 0; }
  const T& value() const { return std::get<0>(data_); }
  T& value() { return std::get<0>(data_); }
  const Error& error() const { return std::get<1>(data_); }

 private:
  std::variant<T, Error> data_;
};

/// Problems collected while the rest of the work goes on (skipped inputs, warnings).
using Diagnostics = std::vector<Error>;

}  // namespace checker
