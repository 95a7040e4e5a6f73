// A document of the corpus: its bytes, where its text starts, and its metadata.
#pragma once

#include <optional>
#include <string>

#include "checker/core/date.h"

namespace checker {

/// One input document. `text` holds the original bytes of the file (or of the JSONL `text`
/// field); every span in claims and findings is a byte offset into it. `body_start` skips a
/// front-matter block. For JSONL documents `line_base` is the line of the record in the file.
struct Document {
  std::string path;        // as given on the command line (or "file.jsonl#id")
  std::string title;
  std::optional<PartialDate> date;
  std::string date_source = "none";  // front-matter | jsonl | byline | none
  std::string lang;                  // "fr", "en", or "" when unknown
  std::string lang_source = "none";  // metadata | detected | none
  std::string source;
  std::string url;
  std::string text;
  size_t body_start = 0;
  int line_base = 1;
};

}  // namespace checker
