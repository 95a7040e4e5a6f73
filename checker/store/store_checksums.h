// Every claim store row carries a checksum of its table, key, subject index key and data: a row
// whose bytes changed behind the store's back is never used (claim_store.h).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "checker/core/content_hash.h"

namespace checker {

inline Hash128 entry_checksum_of(const char* table, std::string_view doc, std::string_view subjects_key,
                                 std::string_view data) {
  ContentHasher h;
  h.add(table);
  h.add(doc);
  h.add(subjects_key);
  h.add(data);
  return h.digest();
}

inline std::string entry_checksum(const char* table, std::string_view doc, std::string_view subjects_key,
                                  std::string_view data) {
  return entry_checksum_of(table, doc, subjects_key, data).hex();
}

// Whether a stored checksum (hex) is that of the row, without formatting the row's.
inline bool entry_checksum_holds(std::string_view stored, const char* table, std::string_view doc,
                                 std::string_view subjects_key, std::string_view data) {
  const std::optional<Hash128> h = Hash128::from_hex(stored);
  return h && *h == entry_checksum_of(table, doc, subjects_key, data);
}

}  // namespace checker
