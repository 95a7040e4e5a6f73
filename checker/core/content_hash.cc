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

std::string Hash128::hex() const {
  char buf[33];
  std::snprintf(buf, sizeof buf, "%016llx%016llx", static_cast<unsigned long long>(high),
                static_cast<unsigned long long>(low));
  return buf;
}

std::optional<Hash128> Hash128::from_hex(std::string_view hex) {
  if (hex.size() != 32) return std::nullopt;
  Hash128 out;
  for (size_t i = 0; i < hex.size(); ++i) {
    const char c = hex[i];
    int digit = 0;
    if (c >= '0' && c <= '9') digit = c - '0';
    else if (c >= 'a' && c <= 'f') digit = c - 'a' + 10;
    else return std::nullopt;
    std::uint64_t& word = i < 16 ? out.high : out.low;
    word = word << 4 | static_cast<std::uint64_t>(digit);
  }
  return out;
}

Hash128 ContentHasher::digest() const {
  const XXH128_hash_t h = XXH3_128bits_digest(static_cast<const XXH3_state_t*>(state_));
  return {h.high64, h.low64};
}

Hash128 text_hash(std::string_view text) {
  ContentHasher h;
  h.add(text);
  return h.digest();
}

}  // namespace checker
