// Store keys: XXH3 over a document's bytes and metadata, and over a rules directory's files.
#include "checker/store/store_keys.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

#include "checker/core/content_hash.h"
#include "checker/engine/rule_pack.h"

namespace checker {
namespace {

namespace fs = std::filesystem;

std::string date_text(const std::optional<PartialDate>& d) {
  return d ? d->timex() + "|" + d->mod + "|" + precision_name(d->precision) : "";
}

}  // namespace

std::string document_key(const Document& d) {
  ContentHasher h;
  // The text by its hash, so that a streamed document (text dropped, hash kept) has one key.
  h.add((d.streamed ? d.text_hash : text_hash(d.text)).hex());
  const std::string url = d.url.str(), title = d.title.str();
  for (const std::string* f : {&title, &d.date_source.str(), &d.lang.str(), &d.lang_source.str(), &d.source.str(), &url})
    h.add(*f);
  h.add(date_text(d.date));
  h.add(std::to_string(d.body_start));
  h.add(std::to_string(d.line_base));
  return h.hex();
}

std::string rules_key(const std::string& rules_dir) {
  ContentHasher h;
  h.add(kClaimStoreFormat);
  h.add(kClaimStoreSchema);
  h.add(CHECKER_VERSION);
  for (const std::string& f : rule_pack_files(rules_dir)) {
    std::ifstream in(f, std::ios::binary);
    h.add(fs::path(f).lexically_relative(rules_dir).generic_string());
    h.add(std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()));
  }
  return h.hex();
}

}  // namespace checker
