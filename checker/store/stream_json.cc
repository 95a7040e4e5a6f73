// Compact arrays rather than objects: these are read back for every unchanged document.
#include "checker/store/stream_json.h"

#include "checker/store/claim_json.h"

namespace checker {
namespace {

using nlohmann::json;

bool get(const json& j, size_t i, std::string* out) {
  if (i >= j.size() || !j[i].is_string()) return false;
  *out = j[i].get<std::string>();
  return true;
}

template <typename Int>
bool get(const json& j, size_t i, Int* out) {
  if (i >= j.size() || !j[i].is_number_integer()) return false;
  *out = j[i].get<Int>();
  return true;
}

}  // namespace

json summary_to_json(const TextSummary& s) {
  json excerpts = json::array(), comments = json::array();
  for (const Excerpt& e : s.excerpts) excerpts.push_back(json::array({e.start, e.line, e.text}));
  for (const SuppressionComment& c : s.comments)
    comments.push_back(json::array({c.line, c.column, c.directive, c.rule, c.has_reason ? 1 : 0}));
  return json::array({s.size, s.lines, std::move(excerpts), std::move(comments)});
}

bool summary_from_json(const json& j, TextSummary* out) {
  if (!j.is_array() || j.size() != 4 || !get(j, 0, &out->size) || !get(j, 1, &out->lines) || !j[2].is_array() ||
      !j[3].is_array())
    return false;
  out->excerpts.clear();
  out->comments.clear();
  for (const json& e : j[2]) {
    Excerpt x;
    if (!e.is_array() || !get(e, 0, &x.start) || !get(e, 1, &x.line) || !get(e, 2, &x.text)) return false;
    out->excerpts.push_back(std::move(x));
  }
  for (const json& c : j[3]) {
    SuppressionComment s;
    int reason = 0;
    if (!c.is_array() || !get(c, 0, &s.line) || !get(c, 1, &s.column) || !get(c, 2, &s.directive) ||
        !get(c, 3, &s.rule) || !get(c, 4, &reason))
      return false;
    s.has_reason = reason != 0;
    out->comments.push_back(std::move(s));
  }
  return true;
}

json streamed_document_to_json(const Document& d) {
  json j = document_meta_to_json(d);
  j["record_offset"] = d.record_offset;
  j["record_file"] = d.record_file;
  j["size"] = d.summary.size;
  j["text_hash"] = d.text_hash;
  return j;
}

bool streamed_document_from_json(const json& j, Document* out) {
  if (!document_meta_from_json(j, out).empty()) return false;
  auto size = [&](const char* k, size_t* v) {
    if (!j.contains(k) || !j[k].is_number_unsigned()) return false;
    *v = j[k].get<size_t>();
    return true;
  };
  if (!size("record_offset", &out->record_offset) || !size("record_file", &out->record_file) ||
      !size("size", &out->summary.size) || !j.contains("text_hash") || !j["text_hash"].is_string())
    return false;
  out->text_hash = j["text_hash"].get<std::string>();
  out->streamed = true;
  return true;
}

json named_phrase_to_json(const NamedPhrase& n) { return json::array({n.text, n.head, n.proper, n.acronym}); }

bool named_phrase_from_json(const json& j, NamedPhrase* out) {
  return j.is_array() && get(j, 0, &out->text) && get(j, 1, &out->head) && get(j, 2, &out->proper) &&
         get(j, 3, &out->acronym);
}

}  // namespace checker
