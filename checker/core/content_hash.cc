// XXH3 from Debian's libxxhash: fast enough to hash a large corpus on every run.
#include "checker/core/content_hash.h"

#include <array>
#include <cstdint>
#include <cstdio>
#include <stdexcept>
#include <vector>

#include <xxhash.h>

namespace checker {

namespace {

// A run hashes every document, entry and group several times: the hashers' states (about 600
// bytes, aligned) are taken from and given back to a per-thread pool rather than allocated each time.
struct StatePool {
  std::vector<XXH3_state_t*> free;
  ~StatePool() {
    for (XXH3_state_t* s : free) XXH3_freeState(s);
  }
};
thread_local StatePool pool;

}  // namespace

ContentHasher::ContentHasher() {
  XXH3_state_t* s = nullptr;
  if (!pool.free.empty()) {
    s = pool.free.back();
    pool.free.pop_back();
  } else {
    s = XXH3_createState();
  }
  state_ = s;
  if (!s || XXH3_128bits_reset(s) != XXH_OK) throw std::runtime_error("content hash: cannot initialize XXH3");
}

ContentHasher::~ContentHasher() {
  auto* s = static_cast<XXH3_state_t*>(state_);
  if (pool.free.size() < 16) pool.free.push_back(s);
  else XXH3_freeState(s);
}

void ContentHasher::add(std::string_view field) {
  auto* s = static_cast<XXH3_state_t*>(state_);
  const std::uint64_t size = field.size();
  XXH3_128bits_update(s, &size, sizeof size);
  XXH3_128bits_update(s, field.data(), field.size());
}

std::string Hash128::hex() const {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out(32, '0');
  for (int i = 0; i < 16; ++i) {
    out[static_cast<size_t>(15 - i)] = kDigits[(high >> (4 * i)) & 0xF];
    out[static_cast<size_t>(31 - i)] = kDigits[(low >> (4 * i)) & 0xF];
  }
  return out;
}

namespace {

// Per byte: its value as a lowercase hex digit, or 16 for any other byte.
constexpr std::array<unsigned char, 256> kHexDigit = [] {
  std::array<unsigned char, 256> t{};
  for (unsigned char& v : t) v = 16;
  for (int c = '0'; c <= '9'; ++c) t[static_cast<size_t>(c)] = static_cast<unsigned char>(c - '0');
  for (int c = 'a'; c <= 'f'; ++c) t[static_cast<size_t>(c)] = static_cast<unsigned char>(c - 'a' + 10);
  return t;
}();

// Sixteen digits into one word; false on a byte that is not a lowercase hex digit.
bool hex_word(const char* p, std::uint64_t* word) {
  std::uint64_t w = 0;
  unsigned bad = 0;
  for (int i = 0; i < 16; ++i) {
    const unsigned d = kHexDigit[static_cast<unsigned char>(p[i])];
    bad |= d;
    w = w << 4 | (d & 0xF);
  }
  *word = w;
  return (bad & 16) == 0;
}

}  // namespace

// A table per byte, not a branch per digit: the store parses a checksum per row it reads.
std::optional<Hash128> Hash128::from_hex(std::string_view hex) {
  if (hex.size() != 32) return std::nullopt;
  Hash128 out;
  if (!hex_word(hex.data(), &out.high) || !hex_word(hex.data() + 16, &out.low)) return std::nullopt;
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
