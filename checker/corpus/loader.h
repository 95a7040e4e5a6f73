// Loads a corpus from files, directories and JSON Lines files.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "checker/core/document.h"
#include "checker/core/error.h"
#include "checker/corpus/file_stamp.h"

namespace checker {

struct Corpus {
  std::vector<Document> documents;
  Diagnostics skipped;  // inputs that could not be read, each with its file and place
};

/// Reads each path: a directory is walked recursively for *.txt, *.md and *.jsonl files (in
/// sorted order, hidden entries skipped, links to directories not followed); a file is read
/// whatever its extension (*.jsonl as JSON Lines). Paths in documents stay as given (relative
/// stays relative); a file reached twice (named twice, or through a link or a hard link: the
/// same device and inode) is read once, under the first of its paths. Problems never stop the
/// load: a missing path, an unreadable, non-regular, binary, empty or non-UTF-8 file, a file
/// over kMaxDocumentBytes, a name that is not UTF-8, a malformed front matter or JSONL line is
/// recorded in `skipped` (file, place, reason) and the rest is loaded. Without `keep_text`, each
/// document's text is dropped once its metadata are read (`streamed`: see corpus/reread.h), so
/// the corpus costs its metadata, not its size. Streamed, a file that `known` has seen with the
/// same stamp (size, modification time, inode: corpus/file_stamp.h) is not read: its documents
/// come from `known`, and files read whole are told to it.
/// The files found in a directory are read on the threads of `parallel` (which calls its second
/// argument once for every index below its first, on any thread; engine/parallel.h's
/// parallel_for does), in windows; the corpus is the same, in the same order, with one thread or
/// many.
using ParallelFor = std::function<void(size_t, const std::function<void(size_t)>&)>;
Corpus load_corpus(const std::vector<std::string>& paths, bool keep_text = true, KnownFiles* known = nullptr,
                   const ParallelFor& parallel = nullptr);

/// Reads JSON Lines bytes (one document per line: "text", optional "id", "title", "date",
/// "lang", "source", "url"); a bad line is recorded in `out->skipped` with its line number.
void read_jsonl(const std::string& path, const std::string& bytes, Corpus* out);

/// Builds a document from bytes (metadata from front matter, else byline, else none).
/// Returns an Error for text that cannot be a document (binary, NUL, invalid UTF-8, empty,
/// bad front matter or metadata), with the line:column when there is one.
Result<Document> make_document(std::string path, std::string bytes);

}  // namespace checker
