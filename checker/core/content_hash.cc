// XXH3 from Debian's libxxhash: fast enough to hash a large corpus on every run.
#include "checker/core/content_hash.h"

#include <cstdint>
#include <cstdio>
#include <stdexcept>

#include <xxhash.h>

namespace checker {

ContentHasher::ContentHasher() : state_(XXH3_createState()) {
  if (!state_ || XXH3_128bits_reset(static_cast<XXH3_state_t*>(state_)) != XXH_OK)
    throw std::runtime_error("content hash: cannot initialize XXH3");
}

ContentHasher::~ContentHasher() { XXH3_freeState(static_cast<XXH3_state_t*>(state_)); }

void ContentHasher::add(std::string_view field) {
  auto* s = static_cast<XXH3_state_t*>(state_);
  const std::uint64_t size = field.size();
  XXH3_128bits_update(s, &size, sizeof size);
  XXH3_128bits_update(s, field.data(), field.size());
}

std::string ContentHasher::hex() const {
  const XXH128_hash_t h = XXH3_128bits_digest(static_cast<const XXH3_state_t*>(state_));
  char buf[33];
  std::snprintf(buf, sizeof buf, "%016llx%016llx", static_cast<unsigned long long>(h.high64),
                static_cast<unsigned long long>(h.low64));
  return buf;
}

std::string text_hash(std::string_view text) {
  ContentHasher h;
  h.add(text);
  return h.hex();
}

}  // namespace checker
