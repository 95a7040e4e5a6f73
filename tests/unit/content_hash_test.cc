// Content hashes: the raw 128-bit form documents keep, and its hex form stores and keys print.
#include <catch2/catch.hpp>

#include "checker/core/content_hash.h"

using namespace checker;

TEST_CASE("text hash: hex is 32 lowercase digits and reads back to the same hash", "[hash]") {
  const Hash128 h = text_hash("Le pont de Vardenne doit ouvrir en 2023.");
  const std::string hex = h.hex();
  CHECK(hex.size() == 32);
  CHECK(hex.find_first_not_of("0123456789abcdef") == std::string::npos);
  REQUIRE(Hash128::from_hex(hex).has_value());
  CHECK(*Hash128::from_hex(hex) == h);
  CHECK(h != text_hash("Le pont de Vardenne doit ouvrir en 2024."));
  ContentHasher one;
  one.add("Le pont de Vardenne doit ouvrir en 2023.");
  CHECK(one.hex() == hex);
  CHECK(Hash128::from_hex("0123456789abcdef0011223344556677")->high == 0x0123456789abcdefULL);
  CHECK(Hash128::from_hex("0123456789abcdef0011223344556677")->low == 0x0011223344556677ULL);
}

TEST_CASE("text hash: a damaged hex form is not a hash", "[hash]") {
  CHECK(!Hash128::from_hex(""));
  CHECK(!Hash128::from_hex("0123456789abcdef001122334455667"));    // 31 digits
  CHECK(!Hash128::from_hex("0123456789abcdef00112233445566778"));  // 33 digits
  CHECK(!Hash128::from_hex("0123456789abcdef001122334455667g"));
  CHECK(!Hash128::from_hex("0123456789ABCDEF0011223344556677"));  // not as written
  CHECK(!Hash128::from_hex("g123456789abcdef0011223344556677"));  // a bad digit in either half
  CHECK(!Hash128::from_hex(std::string("0123456789abcdef", 16) + '\0' + "011223344556677"));  // a NUL
  CHECK(!Hash128::from_hex("0123456789abcde/0011223344556677"));  // the bytes beside the digits
  CHECK(!Hash128::from_hex("0123456789abcdef:011223344556677"));
  CHECK(Hash128::from_hex("ffffffffffffffff0000000000000000")->high == ~0ULL);
}

TEST_CASE("text hash: hex is the high word then the low word, each 16 digits with leading zeros", "[hash]") {
  CHECK((Hash128{0x0123456789abcdefULL, 0xfedcba9876543210ULL}).hex() == "0123456789abcdeffedcba9876543210");
  CHECK((Hash128{1, 2}).hex() == "00000000000000010000000000000002");
  CHECK((Hash128{0, 0}).hex() == std::string(32, '0'));
}

TEST_CASE("text hash: a hasher made after others were used hashes from a fresh start", "[hash]") {
  const Hash128 alone = text_hash("Ariane 6");
  {
    ContentHasher used;
    used.add("something else first");
    (void)used.digest();
  }  // its state goes back to the pool
  ContentHasher again;
  again.add("Ariane 6");
  CHECK(again.digest() == alone);
  CHECK(text_hash("Ariane 6") == alone);
}
