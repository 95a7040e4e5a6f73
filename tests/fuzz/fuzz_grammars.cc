// Fuzz target: every value grammar (numbers, amounts, quantities, dates) in both languages, at
// the start of arbitrary text; a parse must never claim more bytes than it was given.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "checker/parse/date.h"
#include "checker/parse/number.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto reference = checker::parse_iso_date("2024-02");
  for (checker::Lang lang : {checker::Lang::kFr, checker::Lang::kEn}) {
    if (auto q = checker::parse_quantity(text, lang); q && q->length > size) __builtin_trap();
    if (auto d = checker::parse_date(text, lang, reference); d && d->length > size) __builtin_trap();
    if (auto d = checker::parse_date(text, lang, std::nullopt); d && d->length > size) __builtin_trap();
  }
  return 0;
}
