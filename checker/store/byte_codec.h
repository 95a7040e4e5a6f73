// The claim store's binary encoding, its primitives: unsigned varints, zigzag integers, doubles
// by their bits, length-prefixed strings. A reader never reads past its input: every read says
// whether it succeeded, and one failure makes every later read fail too.
//
//   ByteWriter w;  w.u64(7);  w.str("km2");  w.f64(0.5);
//   ByteReader r(w.bytes());  uint64_t n;  std::string s;  double d;
//   r.u64(&n) && r.str(&s) && r.f64(&d) && r.at_end();   // true: n == 7, s == "km2", d == 0.5
#pragma once

#include <cstdint>
#include <cstring>
#include <limits>
#include <string>
#include <string_view>

namespace checker {

class ByteWriter {
 public:
  void u64(uint64_t v) {
    while (v >= 0x80) {
      out_.push_back(static_cast<char>((v & 0x7F) | 0x80));
      v >>= 7;
    }
    out_.push_back(static_cast<char>(v));
  }
  void i64(int64_t v) { u64((static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63)); }
  void flag(bool v) { out_.push_back(v ? 1 : 0); }
  void f64(double v) {
    char b[8];
    std::memcpy(b, &v, 8);
    out_.append(b, 8);
  }
  void str(std::string_view s) {
    u64(s.size());
    out_.append(s.data(), s.size());
  }
  const std::string& bytes() const { return out_; }
  std::string take() { return std::move(out_); }

 private:
  std::string out_;
};

class ByteReader {
 public:
  explicit ByteReader(std::string_view in) : in_(in) {}
  bool u64(uint64_t* v) {
    uint64_t r = 0;
    for (int shift = 0; ok_ && shift < 64; shift += 7) {
      if (pos_ >= in_.size()) return ok_ = false;
      const auto b = static_cast<unsigned char>(in_[pos_++]);
      r |= static_cast<uint64_t>(b & 0x7F) << shift;
      if (!(b & 0x80)) {
        *v = r;
        return true;
      }
    }
    return ok_ = false;
  }
  bool i64(int64_t* v) {
    uint64_t u = 0;
    if (!u64(&u)) return false;
    *v = static_cast<int64_t>(u >> 1) ^ -static_cast<int64_t>(u & 1);
    return true;
  }
  /// An unsigned value that must fit `size_t`.
  bool size(size_t* v) {
    uint64_t u = 0;
    if (!u64(&u) || u > std::numeric_limits<size_t>::max()) return ok_ = false;
    *v = static_cast<size_t>(u);
    return true;
  }
  /// An unsigned value that must fit 32 bits (offsets in a document or a JSON Lines file).
  bool u32(uint32_t* v) {
    uint64_t u = 0;
    if (!u64(&u) || u > UINT32_MAX) return ok_ = false;
    *v = static_cast<uint32_t>(u);
    return true;
  }
  bool integer(int* v) {
    int64_t w = 0;
    if (!i64(&w) || w < INT32_MIN || w > INT32_MAX) return ok_ = false;
    *v = static_cast<int>(w);
    return true;
  }
  bool flag(bool* v) {
    if (!ok_ || pos_ >= in_.size() || static_cast<unsigned char>(in_[pos_]) > 1) return ok_ = false;
    *v = in_[pos_++] == 1;
    return true;
  }
  bool f64(double* v) {
    if (!ok_ || in_.size() - pos_ < 8) return ok_ = false;
    std::memcpy(v, in_.data() + pos_, 8);
    pos_ += 8;
    return true;
  }
  bool str(std::string* s) {
    uint64_t n = 0;
    if (!u64(&n) || n > in_.size() - pos_) return ok_ = false;
    s->assign(in_.data() + pos_, static_cast<size_t>(n));
    pos_ += static_cast<size_t>(n);
    return true;
  }
  /// A count of items that each take at least one byte: never more than the bytes left, so a
  /// damaged count cannot make the caller reserve gigabytes.
  bool count(size_t* n) {
    uint64_t u = 0;
    if (!u64(&u) || u > in_.size() - pos_) return ok_ = false;
    *n = static_cast<size_t>(u);
    return true;
  }
  bool ok() const { return ok_; }
  bool at_end() const { return ok_ && pos_ == in_.size(); }

 private:
  std::string_view in_;
  size_t pos_ = 0;
  bool ok_ = true;
};

}  // namespace checker
