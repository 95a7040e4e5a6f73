// A document of the corpus: its bytes, where its text starts, and its metadata.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "checker/core/arena_string.h"
#include "checker/core/content_hash.h"
#include "checker/core/date.h"
#include "checker/core/interned_string.h"
#include "checker/core/text_summary.h"

namespace checker {

/// One input document. `text` holds the original bytes of the file (or of the JSONL `text`
/// field); every span in claims and findings is a byte offset into it. `body_start` skips a
/// front-matter block. For JSONL documents `line_base` is the line of the record in the file.
/// An audit streams its documents: `text` is empty outside extraction (`streamed`), which reads
/// it again from `path` (a JSONL record from `record_offset`), and leaves `summary` behind.
/// Kept for every document of a corpus until the reports are written, so it stays small: the
/// path and title are written once into an arena (core/arena_string.h, 8 bytes each), names
/// repeated across documents are interned, offsets are 32-bit (a document is at most 16 MiB and a
/// JSON Lines file at most 1 GiB: corpus/files.h), the text hash is raw, fields are ordered to pack.
struct Document {
  ArenaString path;        // as given on the command line (or "file.jsonl#id")
  ArenaString title;
  std::string text;
  ArenaString url;         // empty in most corpora: one null pointer, not a 32-byte string
  std::optional<PartialDate> date;
  InternedString date_source = none();  // front-matter | jsonl | byline | none
  InternedString lang;                 // "fr", "en", or "" when unknown
  InternedString lang_source = none();  // metadata | detected | none
  InternedString source;
  Hash128 text_hash;         // streamed: content_hash of the text as loaded (store keys)
  TextSummary summary;       // filled once the claims are built, when `text` is dropped
  uint32_t body_start = 0;
  uint32_t record_offset = 0;  // JSONL: the byte where the record's line starts in its file,
  uint32_t record_file = 0;    // and the length of the file's name at the start of `path` (0: a file)
  int line_base = 1;
  bool streamed = false;     // `text` was dropped after loading; see corpus/reread.h

 private:
  static const InternedString& none() {
    static const InternedString text("none");
    return text;
  }
};

}  // namespace checker
