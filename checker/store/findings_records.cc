// Group findings as the claim store keeps them: varints and strings (byte_codec.h), claims by position.
#include "checker/store/findings_records.h"

#include <cstdint>
#include <iterator>
#include <map>
#include <tuple>

#include "checker/store/byte_codec.h"
#include "checker/store/store_records.h"

namespace checker {

Hash128 group_inputs(const ClaimIndex& index, const ClaimIndex::Key& key, const std::vector<const Claim*>& claims,
                     const std::vector<Hash128>& document_ids, const std::string& subjects_key) {
  ByteWriter w;
  auto document = [&](size_t d) {
    w.u64(d);
    w.u64(document_ids[d].high);
    w.u64(document_ids[d].low);
  };
  w.str(key.first);
  w.str(key.second);
  w.str(subjects_key);
  w.u64(claims.size());
  size_t last = SIZE_MAX;
  for (const Claim* c : claims) {
    if (c->document == last) {
      w.u64(0);  // another claim of the same document
      continue;
    }
    w.u64(1);
    last = c->document;
    document(last);
  }
  const auto& naming = index.documents_mentioning(key.first);
  w.u64(naming.size());
  for (size_t d : naming) document(d);
  return text_hash(w.bytes());
}

bool encode_group_findings(const std::vector<RuleFinding>& findings, const std::vector<const Claim*>& claims,
                           std::string* out) {
  // Claims are found by document and spans, then (when several share those) by their fields.
  std::multimap<std::tuple<uint32_t, uint32_t, uint32_t, uint32_t>, size_t> at;
  if (!findings.empty())
    for (size_t i = 0; i < claims.size(); ++i)
      at.emplace(std::make_tuple(claims[i]->document, claims[i]->span.start, claims[i]->span.end,
                                 claims[i]->value_span.start),
                 i);
  ByteWriter w;
  w.u64(findings.size());
  for (const RuleFinding& rf : findings) {
    const Finding& f = rf.finding;
    w.u64(rf.rule);
    for (const std::string* s : {&f.id, &f.rule.str(), &f.kind.str(), &f.status.str(), &f.subject_id.str(),
                                 &f.subject_name.str(), &f.attribute.str(), &f.message})
      w.str(*s);
    w.u64(static_cast<uint64_t>(f.severity));
    w.u64(f.claims.size());
    for (const Claim& c : f.claims) {
      const auto [first, last] = at.equal_range(std::make_tuple(c.document, c.span.start, c.span.end, c.value_span.start));
      if (first == last) return false;
      size_t position = first->second;
      if (std::next(first) != last) {
        const std::string fields = encode_claim(c);
        auto it = first;
        while (it != last && encode_claim(*claims[it->second]) != fields) ++it;
        if (it == last) return false;
        position = it->second;
      }
      w.u64(position);
    }
  }
  *out = w.take();
  return true;
}

bool decode_group_findings(std::string_view bytes, const std::vector<const Claim*>& claims,
                           std::vector<RuleFinding>* out) {
  ByteReader r(bytes);
  uint64_t count = 0;
  if (!r.u64(&count) || count > bytes.size()) return false;
  out->clear();
  out->reserve(count);
  for (uint64_t k = 0; k < count; ++k) {
    RuleFinding rf;
    Finding& f = rf.finding;
    uint64_t rule = 0, severity = 0, n = 0;
    if (!r.u64(&rule)) return false;
    rf.rule = rule;
    std::string fields[6];  // rule, kind, status, subject id, subject name, attribute: interned
    if (!r.str(&f.id)) return false;
    for (std::string& s : fields)
      if (!r.str(&s)) return false;
    if (!r.str(&f.message)) return false;
    f.rule = fields[0];
    f.kind = fields[1];
    f.status = fields[2];
    f.subject_id = fields[3];
    f.subject_name = fields[4];
    f.attribute = fields[5];
    if (!r.u64(&severity) || severity > static_cast<uint64_t>(Severity::kError)) return false;
    f.severity = static_cast<Severity>(severity);
    if (!r.u64(&n) || n > bytes.size()) return false;
    f.claims.reserve(n);
    for (uint64_t i = 0; i < n; ++i) {
      uint64_t position = 0;
      if (!r.u64(&position) || position >= claims.size()) return false;
      f.claims.push_back(*claims[position]);
    }
    out->push_back(std::move(rf));
  }
  return r.at_end();
}

}  // namespace checker
