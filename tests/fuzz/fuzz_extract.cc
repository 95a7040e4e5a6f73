// Fuzz target: the whole extraction and rule engine on one document of arbitrary text, with the
// default rules of the source tree. Every claim span must lie inside the document.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "checker/corpus/loader.h"
#include "checker/engine/audit.h"
#include "checker/engine/rule_pack.h"

namespace {

const checker::RulePack& pack() {
  static const checker::RulePack p = [] {
    checker::Diagnostics errors;
    auto loaded = checker::load_rule_pack(CHECKER_SOURCE_RULES_DIR, &errors);
    if (!errors.empty()) std::abort();
    return loaded;
  }();
  return p;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto doc = checker::make_document("fuzz.md", "---\ndate: 2024-02\n---\n" +
                                                   std::string(reinterpret_cast<const char*>(data), size));
  if (!doc.ok()) return 0;
  const auto result = checker::run_audit({doc.value()}, pack());
  for (const auto& c : result.claims)
    if (c.span.start > c.span.end || c.span.end > doc.value().text.size()) __builtin_trap();
  return 0;
}
