// PrettyJson: separators and indentation as nlohmann's pretty printer places them.
#include "checker/report/pretty_json.h"

#include <array>
#include <charconv>

#include <nlohmann/json.hpp>

#include "checker/report/json_scalar.h"
#include "checker/text/utf8.h"

namespace checker {

void PrettyJson::indent(size_t levels) { out_.append(base_ + 2 * levels, ' '); }

// An element of an array starts a new line; a member's value follows its key on the same line.
void PrettyJson::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (open_.empty()) return;
  out_ += open_.back() ? "\n" : ",\n";
  open_.back() = 0;
  indent(open_.size());
}

void PrettyJson::open_object() {
  before_value();
  out_ += '{';
  open_.push_back(1);
}

void PrettyJson::open_array() {
  before_value();
  out_ += '[';
  open_.push_back(1);
}

void PrettyJson::close_object() { close('}'); }
void PrettyJson::close_array() { close(']'); }

void PrettyJson::close(char bracket) {
  const bool empty = open_.back();
  open_.pop_back();
  if (!empty) {
    out_ += '\n';
    indent(open_.size());
  }
  out_ += bracket;
}

void PrettyJson::key(std::string_view name) {
  before_value();
  escaped(name);
  out_ += ": ";
  after_key_ = true;
}

void PrettyJson::string(std::string_view text) {
  before_value();
  escaped(text);
}

void PrettyJson::escaped(std::string_view text) {
  if (find_invalid_utf8(text) != std::string_view::npos) {
    out_ += nlohmann::json(std::string(text)).dump();  // throws, as dumping the tree would
    return;
  }
  append_json_string(&out_, text);
}

void PrettyJson::real(double value) {
  before_value();
  append_json_number(&out_, value);
}

void PrettyJson::integer(int64_t value) {
  before_value();
  std::array<char, 24> buffer{};
  const auto r = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
  out_.append(buffer.data(), static_cast<size_t>(r.ptr - buffer.data()));
}

void PrettyJson::unsigned_integer(uint64_t value) {
  before_value();
  std::array<char, 24> buffer{};
  const auto r = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
  out_.append(buffer.data(), static_cast<size_t>(r.ptr - buffer.data()));
}

void PrettyJson::boolean(bool value) {
  before_value();
  out_ += value ? "true" : "false";
}

void PrettyJson::null() {
  before_value();
  out_ += "null";
}

}  // namespace checker
