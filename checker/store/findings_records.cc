// Group findings as the claim store keeps them: varints and strings (byte_codec.h), each claim
// with its document index and its fields (store_records.h).
#include "checker/store/findings_records.h"

#include <cstdint>

#include "checker/store/byte_codec.h"
#include "checker/store/store_records.h"

namespace checker {

Hash128 group_inputs(const ClaimIndex& index, const ClaimIndex::Key& key, const std::vector<GroupDocument>& documents,
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
  w.u64(documents.size());
  for (const GroupDocument& g : documents) {
    w.u64(g.claims);
    document(g.document);
  }
  const auto& naming = index.documents_mentioning(key.first);
  w.u64(naming.size());
  for (size_t d : naming) document(d);
  return text_hash(w.bytes());
}

std::string encode_group_findings(const std::vector<RuleFinding>& findings) {
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
      w.u64(c.document);
      write_claim(w, c);
    }
  }
  return w.take();
}

bool decode_group_findings(std::string_view bytes, ClaimList* claims, std::vector<RuleFinding>* out) {
  ByteReader r(bytes);
  size_t count = 0;
  if (!r.count(&count)) return false;
  out->clear();
  out->reserve(count);
  std::string fields[6];  // rule, kind, status, subject id, subject name, attribute: interned
  for (size_t k = 0; k < count; ++k) {
    RuleFinding rf;
    Finding& f = rf.finding;
    uint64_t rule = 0, severity = 0;
    size_t n = 0;
    if (!r.u64(&rule)) return false;
    rf.rule = rule;
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
    if (!r.count(&n)) return false;
    f.claims.reserve(n);
    for (size_t i = 0; i < n; ++i) {
      uint32_t document = 0;
      Claim c;
      if (!r.u32(&document) || !read_claim(r, &c)) return false;
      c.document = document;
      claims->push_back(std::move(c));
      f.claims.push_back(claims->back());
    }
    out->push_back(std::move(rf));
  }
  return r.at_end();
}

}  // namespace checker
