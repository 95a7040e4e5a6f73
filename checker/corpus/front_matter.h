// The front-matter block at the top of a text file: "---", "key: value" lines, "---".
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "checker/core/error.h"

namespace checker {

struct FrontMatter {
  std::map<std::string, std::string> fields;  // title, date, lang, source, url, …
  std::map<std::string, int> lines;           // 1-based line of each field, for messages
  size_t body_start = 0;                      // byte offset of the text after the block
  int body_line = 1;                          // 1-based line where that text starts
};

/// Reads a front-matter block if the text starts with one (a UTF-8 BOM before it is allowed).
/// No block: empty fields, body_start 0 (or 3 after a BOM). An unterminated block or a line
/// that is not "key: value" is an Error whose `where` is the line. Lines end at LF, CRLF or a
/// lone CR, as LineIndex counts them.
Result<FrontMatter> read_front_matter(std::string_view text);

}  // namespace checker
