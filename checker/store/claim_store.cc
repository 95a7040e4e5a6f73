// SQLite behind the ExtractionCache interface. Every problem with the file ends in a rebuild and
// a warning, never in a result read from a damaged entry.
#include "checker/store/claim_store.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <string_view>
#include <tuple>
#include <unordered_map>

#include <sqlite3.h>

#include "checker/core/content_hash.h"
#include "checker/engine/parallel.h"
#include "checker/store/sqlite_statement.h"
#include "checker/store/store_checksums.h"
#include "checker/store/store_records.h"

namespace checker {
namespace {

namespace fs = std::filesystem;

constexpr const char* kSchema = kClaimStoreSchema;
constexpr const char* kFormat = kClaimStoreFormat;

}  // namespace

void ClaimStore::FirstDocuments::build(const std::vector<std::string>& keys) {
  values_.assign(keys.size(), Hash128{});
  first_of_.resize(keys.size());
  size_t size = 16;
  while (size < 2 * keys.size()) size *= 2;
  slots_.assign(size, 0);
  for (size_t i = 0; i < keys.size(); ++i) {
    first_of_[i] = i;
    const std::optional<Hash128> value = Hash128::from_hex(keys[i]);
    if (!value) continue;  // not a key this store writes: never found
    values_[i] = *value;
    for (size_t at = value->low & (size - 1);; at = (at + 1) & (size - 1)) {
      if (slots_[at] == 0) {
        slots_[at] = static_cast<uint32_t>(i + 1);
        break;
      }
      if (values_[slots_[at] - 1] == *value) {  // an earlier document has this key
        first_of_[i] = slots_[at] - 1;
        break;
      }
    }
  }
}

size_t ClaimStore::FirstDocuments::find(std::string_view hex) const {
  const std::optional<Hash128> value = Hash128::from_hex(hex);
  if (!value || slots_.empty()) return SIZE_MAX;
  const size_t mask = slots_.size() - 1;
  for (size_t at = value->low & mask; slots_[at] != 0; at = (at + 1) & mask)
    if (values_[slots_[at] - 1] == *value) return slots_[at] - 1;
  return SIZE_MAX;
}

ClaimStore::ClaimStore(std::string path, std::string rules_key)
    : path_(std::move(path)), rules_key_(std::move(rules_key)) {
  open_or_rebuild();
  if (!unusable_) files_.attach(db_);
}

ClaimStore::ClaimStore(std::string path, std::string rules_key, const std::vector<Document>& documents)
    : ClaimStore(std::move(path), std::move(rules_key)) {
  set_documents(documents);
}

void ClaimStore::set_documents(const std::vector<Document>& documents) {
  keys_.clear();
  keys_.reserve(documents.size());
  document_ids_.clear();
  document_ids_.reserve(documents.size());
  for (const Document& d : documents) {
    keys_.push_back(document_key(d));
    ContentHasher id;
    id.add(keys_.back());
    id.add(d.path);
    document_ids_.push_back(id.digest());
  }
  // Built once for both tables' scans; two identical documents share one entry.
  first_.build(keys_);
}

ClaimStore::~ClaimStore() { close(); }

void ClaimStore::close() {
  sqlite3_close(db_);
  db_ = nullptr;
  unusable_ = true;
}

void ClaimStore::in_use() {
  // Locked past the busy timeout: another audit is writing it. Not damage: leave it alone.
  if (!unusable_) warnings_.push_back(path_ + ": locked by another process; extracting without the store");
  unusable_ = true;
}

void ClaimStore::read_failed(int code) {
  if (code == SQLITE_BUSY || code == SQLITE_LOCKED) in_use();
  else broken(std::string("damaged claim store (") + sqlite3_errmsg(db_) + ")");
}

void ClaimStore::broken(const std::string& what) {
  if (!broken_) warnings_.push_back(path_ + ": " + what + "; rebuilding it");
  broken_ = true;
  // Nothing is taken from a damaged file, findings included: every group is reconciled and kept
  // in the rebuilt one.
  kept_findings_.clear();
}

bool ClaimStore::create_schema() {
  sqlite3_close(db_);
  db_ = nullptr;
  std::error_code ec;
  for (const char* suffix : {"", "-journal", "-wal", "-shm"}) fs::remove(path_ + suffix, ec);
  if (sqlite3_open_v2(path_.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
    warnings_.push_back(path_ + ": cannot create the claim store: " + sqlite3_errmsg(db_));
    return false;
  }
  sqlite3_busy_timeout(db_, 10000);
  const bool ok = sqlite_exec(db_, "BEGIN") &&
                  sqlite_exec(db_, "CREATE TABLE checker_store(key TEXT PRIMARY KEY, value TEXT NOT NULL)") &&
                  sqlite_exec(db_, "CREATE TABLE phrases(doc TEXT PRIMARY KEY, data BLOB NOT NULL, checksum TEXT NOT NULL)") &&
                  sqlite_exec(db_, "CREATE TABLE documents(doc TEXT PRIMARY KEY, subjects_key TEXT NOT NULL, data BLOB NOT NULL, "
                            "checksum TEXT NOT NULL)") &&
                  sqlite_exec(db_, "CREATE TABLE claims(doc TEXT PRIMARY KEY, subjects_key TEXT NOT NULL, data BLOB NOT NULL, "
                            "checksum TEXT NOT NULL)") &&
                  sqlite_exec(db_, "CREATE TABLE files(path TEXT PRIMARY KEY, stamp TEXT NOT NULL, data BLOB NOT NULL, "
                            "checksum TEXT NOT NULL)") &&
                  sqlite_exec(db_, "CREATE TABLE findings(grp BLOB PRIMARY KEY, inputs TEXT NOT NULL, data BLOB NOT NULL, "
                            "checksum TEXT NOT NULL)");
  SqliteStatement meta(db_, "INSERT INTO checker_store VALUES ('format', ?1), ('schema', ?2), ('rules', ?3)");
  if (!ok || !meta.ok()) {
    warnings_.push_back(path_ + ": cannot create the claim store: " + sqlite3_errmsg(db_));
    return false;
  }
  meta.bind(1, kFormat);
  meta.bind(2, kSchema);
  meta.bind(3, rules_key_);
  if (meta.step() != SQLITE_DONE || !sqlite_exec(db_, "COMMIT")) {
    warnings_.push_back(path_ + ": cannot create the claim store: " + sqlite3_errmsg(db_));
    return false;
  }
  return true;
}

void ClaimStore::open_or_rebuild() {
  std::error_code ec;
  if (!fs::exists(path_, ec)) {
    broken_ = !create_schema();
    return;
  }
  if (fs::is_directory(path_, ec)) {  // never removed: the store is just not used
    warnings_.push_back(path_ + ": a directory, not a claim store; extracting without the store");
    unusable_ = true;
    return;
  }
  // Say what the file is: not SQLite at all, SQLite but not ours, ours but damaged.
  std::string problem;
  bool stale = false;
  if (fs::file_size(path_, ec) > 0) {
    std::ifstream in(path_, std::ios::binary);
    char magic[16] = {};
    in.read(magic, sizeof magic);
    if (std::string(magic, sizeof magic) != std::string("SQLite format 3\0", 16))
      problem = "not an SQLite database (not a claim store)";
  } else {
    problem = "empty file (not a claim store)";
  }
  if (problem.empty() &&
      sqlite3_open_v2(path_.c_str(), &db_, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
    problem = std::string("cannot open: ") + sqlite3_errmsg(db_);
  if (problem.empty()) {
    sqlite3_busy_timeout(db_, 10000);
    sqlite_exec(db_, "PRAGMA cache_size = -65536");
    SqliteStatement q(db_, "SELECT key, value FROM checker_store");
    const int code = sqlite3_errcode(db_);
    if (!q.ok() && (code == SQLITE_BUSY || code == SQLITE_LOCKED)) {
      in_use();
      return;
    }
    if (!q.ok()) {
      problem = code == SQLITE_CORRUPT || code == SQLITE_NOTADB
                    ? std::string("damaged claim store (") + sqlite3_errmsg(db_) + ")"
                    : std::string("an SQLite database of another program, not a claim store (") + sqlite3_errmsg(db_) + ")";
    } else {
      std::map<std::string, std::string> meta;
      int rc;
      while ((rc = q.step()) == SQLITE_ROW) meta[q.column(0)] = q.column(1);
      if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
        in_use();
        return;
      }
      if (rc != SQLITE_DONE) problem = std::string("damaged claim store (") + sqlite3_errmsg(db_) + ")";
      else if (meta["format"] != kFormat) problem = "an SQLite database of another program, not a claim store";
      else if (meta["schema"] != kSchema) problem = "a claim store of another schema version";
      else if (meta["rules"] != rules_key_) stale = true;
    }
  }
  if (stale) {
    // Not a problem: the rules or the checker changed, so every entry is stale.
    broken_ = !create_schema();
    return;
  }
  if (problem.empty()) return;
  sqlite3_close(db_);
  db_ = nullptr;
  warnings_.push_back(path_ + ": " + problem + "; rebuilding it");
  broken_ = !create_schema();
}

ClaimStore::Rows ClaimStore::fetch(const char* table, const std::string& subjects_key,
                                   std::vector<std::string>* stale) {
  Rows out;
  out.at.assign(keys_.size(), Rows::kNone);
  if (broken_ || unusable_ || !db_) return out;
  const bool keyed = std::string(table) != "phrases";  // entries kept under a subject index's key
  const std::string sql =
      std::string("SELECT doc, data, checksum") + (keyed ? ", subjects_key" : "") + " FROM " + table;
  SqliteStatement q(db_, sql.c_str());
  auto failed = [&](int code) {
    read_failed(code);
    return Rows{{}, std::vector<std::pair<size_t, size_t>>(keys_.size(), Rows::kNone)};
  };
  if (!q.ok()) return failed(sqlite3_errcode(db_));
  int rc;
  while ((rc = q.step()) == SQLITE_ROW) {
    const std::string_view doc = q.column_view(0), data = q.column_view(1);
    const std::string_view stored_key = keyed ? q.column_view(3) : std::string_view();
    if (!entry_checksum_holds(q.column_view(2), table, doc, stored_key, data)) {
      broken("damaged claim store (an entry does not match its checksum)");
      return Rows{{}, std::vector<std::pair<size_t, size_t>>(keys_.size(), Rows::kNone)};
    }
    const size_t first = first_.find(doc);
    if (first == SIZE_MAX) {
      stale->emplace_back(doc);
    } else if (stored_key == subjects_key) {  // else the index changed: stale
      // Every entry's bytes in one buffer, not one allocation each.
      out.at[first] = {out.bytes.size(), data.size()};
      out.bytes.append(data);
    }
  }
  if (rc != SQLITE_DONE) return failed(rc);
  for (size_t i = 0; i < keys_.size(); ++i)
    if (const size_t f = first_.first_of(i); f != i) out.at[i] = out.at[f];
  return out;
}

namespace {

// Decodes every entry found, on `jobs` threads. One entry that does not decode sets `bad` and
// none is used.
template <typename Cached, typename Decode, typename Rows>
std::vector<std::optional<Cached>> decode_all(const Rows& rows, unsigned jobs, Decode decode, bool* bad) {
  std::vector<std::optional<Cached>> out(rows.at.size());
  std::vector<char> failed(rows.at.size(), 0);
  parallel_for(rows.at.size(), jobs, [&](size_t i) {
    if (rows.at[i] == Rows::kNone) return;
    Cached cached;
    const std::string_view bytes = std::string_view(rows.bytes).substr(rows.at[i].first, rows.at[i].second);
    if (decode(bytes, i, &cached)) out[i] = std::move(cached);
    else failed[i] = 1;
  });
  *bad = std::find(failed.begin(), failed.end(), 1) != failed.end();
  if (*bad) return std::vector<std::optional<Cached>>(rows.at.size());
  return out;
}

}  // namespace

std::vector<std::optional<CachedPhrases>> ClaimStore::phrases(unsigned jobs) {
  bool bad = false;
  // The names only: the phrases are decoded for the documents whose claims are built again
  // (kept_phrases), from these rows, kept until then.
  phrase_rows_ = fetch("phrases", "", &stale_phrases_);
  auto out = decode_all<CachedPhrases>(
      phrase_rows_, jobs, [](std::string_view bytes, size_t, CachedPhrases* c) { return decode_names(bytes, c); },
      &bad);
  if (bad) broken("damaged claim store (an entry does not decode)");
  if (broken_) {
    phrase_rows_ = Rows{};
    return std::vector<std::optional<CachedPhrases>>(keys_.size());
  }
  for (const auto& hit : out) phrase_hits_ += hit.has_value();
  return out;
}

std::vector<std::vector<DiscoveredPhrase>> ClaimStore::kept_phrases(const std::vector<size_t>& documents,
                                                                    unsigned jobs) {
  std::vector<std::vector<DiscoveredPhrase>> out(documents.size());
  parallel_for(documents.size(), jobs, [&](size_t k) {
    const auto [at, size] = phrase_rows_.at[documents[k]];
    CachedPhrases cached;
    // Checked whole by decode_names when it was found: it decodes.
    if (at != SIZE_MAX && decode_phrases(std::string_view(phrase_rows_.bytes).substr(at, size), &cached))
      out[k] = std::move(cached.phrases);
  });
  return out;
}

void ClaimStore::put_phrases(size_t document, const std::vector<DiscoveredPhrase>& phrases,
                             const std::vector<NamedPhrase>& names) {
  new_phrases_.emplace_back(document, encode_phrases(phrases, names));
}

std::vector<std::optional<CachedClaims>> ClaimStore::claims(const std::string& subjects_key, unsigned jobs) {
  subjects_key_ = subjects_key;
  fetch_findings();  // first: damage there means nothing is taken from the store
  bool bad = false;
  // The documents' records only: their claims are read when a group needs them (deferred_claims).
  auto out = decode_all<CachedClaims>(
      fetch("documents", subjects_key, &stale_claims_), jobs,
      [](std::string_view bytes, size_t, CachedClaims* c) { return decode_document_claims(bytes, c); }, &bad);
  if (bad) broken("damaged claim store (an entry does not decode)");
  if (broken_) return std::vector<std::optional<CachedClaims>>(keys_.size());
  for (const auto& hit : out) claim_hits_ += hit.has_value();
  return out;
}

void ClaimStore::put_claims(size_t document, const std::string& subjects_key, const DocumentClaims& claims,
                            const TextSummary& summary) {
  subjects_key_ = subjects_key;
  if (!phrase_rows_.at.empty()) phrase_rows_ = Rows{};  // kept_phrases has been asked
  new_claims_.push_back(NewClaims{document, encode_document_claims(claims, summary), encode_claims(claims.claims)});
}

std::optional<std::vector<std::vector<Claim>>> ClaimStore::deferred_claims(const std::vector<size_t>& documents,
                                                                           unsigned jobs) {
  if (documents.empty()) return std::vector<std::vector<Claim>>{};
  if (broken_ || unusable_ || !db_) return std::nullopt;
  SqliteStatement q(db_, "SELECT subjects_key, data, checksum FROM claims WHERE doc = ?1");
  if (!q.ok()) {
    read_failed(sqlite3_errcode(db_));
    return std::nullopt;
  }
  // Read one after the other (one connection), decoded in parallel from one buffer.
  struct {
    std::string bytes;
    std::vector<std::pair<size_t, size_t>> at;
  } rows;
  rows.at.assign(documents.size(), {0, 0});
  // Looked up in key order: the table's pages are then visited front to back, not at random.
  std::vector<size_t> order(documents.size());
  for (size_t k = 0; k < order.size(); ++k) order[k] = k;
  std::sort(order.begin(), order.end(),
            [&](size_t a, size_t b) { return keys_[documents[a]] < keys_[documents[b]]; });
  for (size_t k : order) {
    const size_t i = documents[k];
    q.bind(1, keys_[i]);
    const int rc = q.step();
    if (rc != SQLITE_ROW) {
      if (rc == SQLITE_DONE) broken("damaged claim store (a document's claims are missing)");
      else read_failed(rc);
      return std::nullopt;
    }
    const std::string_view stored_key = q.column_view(0), data = q.column_view(1);
    if (stored_key != subjects_key_ || !entry_checksum_holds(q.column_view(2), "claims", keys_[i], stored_key, data)) {
      broken("damaged claim store (an entry does not match its checksum)");
      return std::nullopt;
    }
    rows.at[k] = {rows.bytes.size(), data.size()};
    rows.bytes.append(data);
    q.reset();
  }
  std::vector<std::vector<Claim>> out(documents.size());
  std::vector<char> failed(documents.size(), 0);
  parallel_for(documents.size(), jobs, [&](size_t k) {
    const std::string_view bytes = std::string_view(rows.bytes).substr(rows.at[k].first, rows.at[k].second);
    if (!decode_claims(bytes, documents[k], &out[k])) failed[k] = 1;
  });
  if (std::find(failed.begin(), failed.end(), 1) != failed.end()) {
    broken("damaged claim store (an entry does not decode)");
    return std::nullopt;
  }
  claims_read_ += documents.size();
  return out;
}

std::string ClaimStore::roll_back(const char* what) {
  const int code = sqlite3_errcode(db_);
  const std::string message = sqlite3_errmsg(db_);
  sqlite_exec(db_, "ROLLBACK");
  if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB) {
    // Damage in pages this run did not read (claims are read only when needed): found on writing.
    broken("damaged claim store (" + message + ")");
    return "";
  }
  return path_ + ": cannot " + what + ": " + message;
}

std::string ClaimStore::commit() {
  const std::string problem = commit_once();
  // Damage found on writing: written again into a rebuilt file, once.
  if (problem.empty() && broken_) return commit_once();
  return problem;
}

std::string ClaimStore::commit_once() {
  phrase_rows_ = Rows{};
  if (unusable_) return "";
  if (broken_ && !create_schema()) return warnings_.back();
  // After a rebuild every row this run holds is new to the file, and nothing is left to prune.
  const bool rebuilt = broken_;
  broken_ = false;
  auto fail = [&](const char* what) { return roll_back(what); };
  if (!sqlite_exec(db_, "BEGIN IMMEDIATE")) return fail("update the claim store");
  SqliteStatement put_p(db_, "INSERT OR REPLACE INTO phrases VALUES (?1, ?2, ?3)");
  SqliteStatement put_d(db_, "INSERT OR REPLACE INTO documents VALUES (?1, ?2, ?3, ?4)");
  SqliteStatement put_c(db_, "INSERT OR REPLACE INTO claims VALUES (?1, ?2, ?3, ?4)");
  SqliteStatement drop_p(db_, "DELETE FROM phrases WHERE doc = ?1");
  SqliteStatement drop_d(db_, "DELETE FROM documents WHERE doc = ?1");
  SqliteStatement drop_c(db_, "DELETE FROM claims WHERE doc = ?1");
  if (!put_p.ok() || !put_d.ok() || !put_c.ok() || !drop_p.ok() || !drop_d.ok() || !drop_c.ok())
    return fail("update the claim store");
  for (const auto& [i, data] : new_phrases_) {
    put_p.bind(1, keys_[i]);
    put_p.bind_blob(2, data);
    put_p.bind(3, entry_checksum("phrases", keys_[i], "", data));
    if (put_p.step() != SQLITE_DONE) return fail("update the claim store");
    put_p.reset();
  }
  for (const NewClaims& entry : new_claims_)
    for (auto [put, table, data] : {std::tuple{&put_d, "documents", &entry.document_record},
                                    std::tuple{&put_c, "claims", &entry.claims}}) {
      const std::string& key = keys_[entry.document];
      put->bind(1, key);
      put->bind(2, subjects_key_);
      put->bind_blob(3, *data);
      put->bind(4, entry_checksum(table, key, subjects_key_, *data));
      if (put->step() != SQLITE_DONE) return fail("update the claim store");
      put->reset();
    }
  // Prune: entries of documents this run did not have (a document's two entries go together).
  for (auto [drop, stale] : {std::pair{&drop_p, &stale_phrases_}, std::pair{&drop_d, &stale_claims_},
                             std::pair{&drop_c, &stale_claims_}})
    for (size_t k = 0; !rebuilt && k < stale->size(); ++k) {
      drop->bind(1, (*stale)[k]);
      if (drop->step() != SQLITE_DONE) return fail("prune the claim store");
      drop->reset();
    }
  if (!files_.write(db_, rebuilt)) return fail("update the claim store");
  if (!sqlite_exec(db_, "COMMIT")) return fail("update the claim store");
  new_phrases_.clear();
  new_claims_.clear();
  stale_phrases_.clear();
  stale_claims_.clear();
  return "";
}

}  // namespace checker
