// Where a reporter writes its text: pieces are gathered in a small buffer and handed on in
// chunks, so a report of any size costs the buffer, not its whole text.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

namespace checker {

/// Receives the report's bytes in order, a chunk at a time.
using ChunkWriter = std::function<void(std::string_view)>;

/// Buffers appended text and hands it to the writer whenever the buffer passes `chunk` bytes,
/// and once more on flush() or destruction:
///   std::string all;
///   { ReportSink sink([&](std::string_view s) { all += s; }); sink += "a"; sink += "b"; }
///   // all == "ab"
class ReportSink {
 public:
  explicit ReportSink(ChunkWriter write, size_t chunk = size_t{1} << 20);
  ~ReportSink();
  ReportSink(const ReportSink&) = delete;
  ReportSink& operator=(const ReportSink&) = delete;

  ReportSink& operator+=(std::string_view text);
  ReportSink& operator+=(char c);
  /// True until the first byte is appended.
  bool empty() const { return written_ == 0 && buffer_.empty(); }
  void flush();

 private:
  ChunkWriter write_;
  size_t chunk_;
  size_t written_ = 0;
  std::string buffer_;
};

}  // namespace checker
