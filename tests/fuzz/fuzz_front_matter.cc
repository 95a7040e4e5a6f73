// Fuzz target: documents from arbitrary bytes (UTF-8 check, front matter, byline, language).
#include <cstddef>
#include <cstdint>
#include <string>

#include "checker/corpus/loader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto doc = checker::make_document("fuzz.md", std::string(reinterpret_cast<const char*>(data), size));
  if (doc.ok() && doc.value().body_start > doc.value().text.size()) __builtin_trap();
  return 0;
}
