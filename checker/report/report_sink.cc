// Chunked report output.
#include "checker/report/report_sink.h"

#include <utility>

namespace checker {

ReportSink::ReportSink(ChunkWriter write, size_t chunk) : write_(std::move(write)), chunk_(chunk) {
  buffer_.reserve(chunk_);
}

ReportSink::~ReportSink() { flush(); }

ReportSink& ReportSink::operator+=(std::string_view text) {
  buffer_.append(text);
  if (buffer_.size() >= chunk_) flush();
  return *this;
}

ReportSink& ReportSink::operator+=(char c) {
  buffer_.push_back(c);
  if (buffer_.size() >= chunk_) flush();
  return *this;
}

void ReportSink::flush() {
  if (buffer_.empty()) return;
  written_ += buffer_.size();
  write_(buffer_);
  buffer_.clear();
}

}  // namespace checker
