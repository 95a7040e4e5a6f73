// Fuzz target: rule-pack JSON (language packs, entities, rule instances) from arbitrary bytes,
// through the same decoders `checker rules check` uses.
#include <cstddef>
#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "checker/extract/entities.h"
#include "checker/extract/lexicon.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const auto j = nlohmann::json::parse(data, data + size, nullptr, false, /*ignore_comments=*/true);
  if (j.is_discarded()) return 0;
  (void)checker::lexicon_from_json(j, "fuzz.json");
  (void)checker::entities_from_json(j, "fuzz.json");
  return 0;
}
