// Escapers for XML, HTML, Markdown and workflow commands (see escape.h for the rules).
#include "checker/report/escape.h"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "checker/text/utf8.h"

namespace checker {
namespace {

bool is_bidi_control(char32_t c) { return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069); }

// Calls f(code point, its bytes) for each code point; an invalid byte comes through as U+FFFD.
template <typename F>
void for_each_code_point(std::string_view text, F f) {
  for (size_t i = 0; i < text.size();) {
    size_t len = 1;
    char32_t c = 0xFFFD;
    // Only the code point at i must be valid for decode_utf8; the window may cut the next one.
    if (find_invalid_utf8(text.substr(i, std::min<size_t>(4, text.size() - i))) != 0)
      c = decode_utf8(text, i, &len);
    f(c, c == 0xFFFD && len == 1 ? std::string_view("\xEF\xBF\xBD") : text.substr(i, len));
    i += len;
  }
}

}  // namespace

namespace {

// Appends `text` with its controls replaced, code point by code point.
void sanitize_controls_slowly(std::string_view text, bool keep_line_breaks, std::string* out) {
  for_each_code_point(text, [&](char32_t c, std::string_view bytes) {
    if (c == '\n' || c == '\r') *out += keep_line_breaks ? static_cast<char>(c) : ' ';
    else if (c == '\t') *out += ' ';
    else if (c < 0x20 || (c >= 0x7F && c < 0xA0)) *out += "\xEF\xBF\xBD";
    else if (is_bidi_control(c)) *out += fmt::format("[U+{:04X}]", static_cast<unsigned>(c));
    else *out += bytes;
  });
}

}  // namespace

std::string sanitize_controls(std::string_view text, bool keep_line_breaks) {
  std::string out;
  out.reserve(text.size());
  // Printable ASCII is copied as it is, a run at a time; anything else code point by code point.
  auto printable = [](char b) { return b >= 0x20 && b < 0x7F; };
  for (size_t i = 0; i < text.size();) {
    size_t end = i;
    while (end < text.size() && printable(text[end])) ++end;
    out.append(text.substr(i, end - i));
    if (end == text.size()) break;
    size_t next = end + 1;
    while (next < text.size() && !printable(text[next])) ++next;
    sanitize_controls_slowly(text.substr(end, next - end), keep_line_breaks, &out);
    i = next;
  }
  return out;
}

std::string xml_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for_each_code_point(text, [&](char32_t c, std::string_view bytes) {
    switch (c) {
      case '&': out += "&amp;"; return;
      case '<': out += "&lt;"; return;
      case '>': out += "&gt;"; return;
      case '"': out += "&quot;"; return;
      case '\'': out += "&#39;"; return;
      default: break;
    }
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF) return;
    out += bytes;
  });
  return out;
}

std::string html_escape(std::string_view text) { return xml_escape(sanitize_controls(text)); }

std::string markdown_escape(std::string_view text) {
  std::string out;
  for (char c : sanitize_controls(text)) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '\\': case '`': case '*': case '_': case '[': case ']': case '|': case '~':
        out += '\\';
        out += c;
        break;
      default: out += c;
    }
  }
  return out;
}

std::string workflow_escape_data(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '%') out += "%25";
    else if (c == '\r') out += "%0D";
    else if (c == '\n') out += "%0A";
    else out += c;
  }
  return out;
}

std::string workflow_escape_property(std::string_view text) {
  std::string out;
  for (char c : workflow_escape_data(text)) {
    if (c == ':') out += "%3A";
    else if (c == ',') out += "%2C";
    else out += c;
  }
  return out;
}

std::string path_to_uri(std::string_view path) {
  std::string out;
  for (char ch : path) {
    const auto c = static_cast<unsigned char>(ch);
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') out += ch;
    else out += fmt::format("%{:02X}", static_cast<unsigned>(c));
  }
  return out;
}

}  // namespace checker
