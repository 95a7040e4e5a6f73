// Front matter is a deliberately small subset of YAML: flat "key: value" pairs, values optionally
// quoted. Anything richer is an error with its line, never a guess.
#include "checker/corpus/front_matter.h"

namespace checker {
namespace {

std::string trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r')) --e;
  return std::string(s.substr(b, e - b));
}

std::string unquote(const std::string& v) {
  if (v.size() >= 2 && ((v.front() == '"' && v.back() == '"') || (v.front() == '\'' && v.back() == '\'')))
    return v.substr(1, v.size() - 2);
  return v;
}

}  // namespace

Result<FrontMatter> read_front_matter(std::string_view text) {
  FrontMatter fm;
  size_t pos = 0;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") pos = 3;
  fm.body_start = pos;
  // A line ends at LF, CRLF or a lone CR (old Mac files); the CR of a CRLF is trimmed below.
  auto line_end = [&](size_t from) {
    const size_t nl = text.find_first_of("\r\n", from);
    if (nl == std::string_view::npos) return text.size();
    return text[nl] == '\r' && nl + 1 < text.size() && text[nl + 1] == '\n' ? nl + 1 : nl;
  };
  size_t end = line_end(pos);
  if (trim(text.substr(pos, end - pos)) != "---") return fm;
  int line = 1;
  size_t cur = end + 1;
  while (cur <= text.size()) {
    ++line;
    if (cur >= text.size()) break;
    end = line_end(cur);
    const std::string content = trim(text.substr(cur, end - cur));
    if (content == "---") {
      fm.body_start = std::min(end + 1, text.size());
      fm.body_line = line + 1;
      return fm;
    }
    if (!content.empty() && content[0] != '#') {
      const size_t colon = content.find(':');
      if (colon == std::string::npos || colon == 0)
        return Error{"", std::to_string(line) + ":1",
                     "front matter: expected 'key: value', found '" + content.substr(0, 60) + "'"};
      const std::string key = trim(std::string_view(content).substr(0, colon));
      fm.fields[key] = unquote(trim(std::string_view(content).substr(colon + 1)));
      fm.lines[key] = line;
    }
    cur = end + 1;
  }
  return Error{"", "1:1", "front matter: the block opened by '---' on line 1 is never closed"};
}

}  // namespace checker
