// Writing report files atomically: a reader never sees a half-written report.
#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace checker {

/// Writes `content` to a temporary file beside `path`, then renames it over `path`; creates
/// missing parent directories. Returns "" on success, else a message naming the path. The
/// temporary file is PATH.tmp.PID; ones left by killed runs (PID gone) are removed afterwards.
/// An existing path that is neither a regular file nor a directory (/dev/null, /dev/stdout, a
/// FIFO) is written in place instead: renaming over it would replace the device node.
std::string write_file_atomically(const std::string& path, const std::string& content);

/// The same, for content made in pieces: `produce` is called once and hands each piece, in
/// order, to the writer it is given, which writes it to the temporary file at once (so a large
/// report never sits whole in memory). After a failed write the rest is ignored and the target
/// is left as it was.
std::string write_file_atomically(const std::string& path,
                                  const std::function<void(const std::function<void(std::string_view)>&)>& produce);

/// Writes `text` to standard output and flushes it. Returns 0, or the errno of the failed
/// write: EPIPE when the reader has gone (`checker audit | head -1`; main ignores SIGPIPE so
/// that the audit still writes its report files and exits with its own code).
int write_stdout(std::string_view text);

}  // namespace checker
