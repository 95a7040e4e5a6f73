// Fuzz target: JSON Lines corpora from arbitrary bytes.
#include <cstddef>
#include <cstdint>
#include <string>

#include "checker/corpus/loader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  checker::Corpus corpus;
  checker::read_jsonl("fuzz.jsonl", std::string(reinterpret_cast<const char*>(data), size), &corpus);
  return 0;
}
