// FNV-1a: tiny, stable across platforms and releases (unlike std::hash).
#include "checker/engine/fingerprint.h"

#include <cstdint>
#include <cstdio>

#include "checker/text/document_lines.h"

namespace checker {

namespace {

// The value as data, not as displayed: rewording a message must not change an id.
std::string value_key(const Value& v) {
  char amount[64];
  std::snprintf(amount, sizeof amount, "%.12g", v.amount);
  switch (v.type) {
    case ValueType::kDate: return "date:" + v.date.timex() + ":" + v.date.mod;
    case ValueType::kStatus: return "status:" + v.status;
    default: return std::string(value_type_name(v.type)) + ":" + amount + ":" + v.unit + v.currency + ":" + v.qualifier;
  }
}

}  // namespace

std::string fingerprint(const Finding& f, const std::vector<Document>& documents) {
  std::uint64_t h = 1469598103934665603ULL;
  auto add = [&h](const std::string& s) {
    for (unsigned char c : s) {
      h ^= c;
      h *= 1099511628211ULL;
    }
    h ^= 0x1F;  // field separator
    h *= 1099511628211ULL;
  };
  add(f.rule.str());
  add(f.subject_id.str());
  add(f.attribute.str());
  add(f.status.str());
  for (const Claim& c : f.claims) {
    const Document& d = documents[c.document];
    add(d.path);
    add(value_key(c.value));
    add(std::string(span_bytes(d, c.span)));
  }
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

}  // namespace checker
