// A document of the corpus: its bytes, where its text starts, and its metadata.
#pragma once

#include <optional>
#include <string>

#include "checker/core/date.h"
#include "checker/core/text_summary.h"

namespace checker {

/// One input document. `text` holds the original bytes of the file (or of the JSONL `text`
/// field); every span in claims and findings is a byte offset into it. `body_start` skips a
/// front-matter block. For JSONL documents `line_base` is the line of the record in the file.
/// An audit streams its documents: `text` is empty outside extraction (`streamed`), which reads
/// it again from `path` (a JSONL record from `record_offset`), and leaves `summary` behind.
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
  size_t record_offset = 0;  // JSONL: the byte where the record's line starts in its file,
  size_t record_file = 0;    // and the length of the file's name at the start of `path` (0: a file)
  bool streamed = false;     // `text` was dropped after loading; see corpus/reread.h
  std::string text_hash;     // streamed: content_hash of the text as loaded (store keys)
  TextSummary summary;       // filled once the claims are built, when `text` is dropped
};

}  // namespace checker
