// SQLite behind the ExtractionCache interface. Every problem with the file ends in a rebuild and
// a warning, never in a result read from a damaged entry.
#include "checker/store/claim_store.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>

#include <sqlite3.h>

#include "checker/core/content_hash.h"
#include "checker/engine/parallel.h"
#include "checker/store/claim_json.h"
#include "checker/store/sqlite_statement.h"
#include "checker/store/stream_json.h"

namespace checker {
namespace {

namespace fs = std::filesystem;

constexpr const char* kSchema = kClaimStoreSchema;
constexpr const char* kFormat = kClaimStoreFormat;

std::string checksum(const char* table, const std::string& doc, const std::string& subjects_key,
                     const std::string& data) {
  ContentHasher h;
  h.add(table);
  h.add(doc);
  h.add(subjects_key);
  h.add(data);
  return h.hex();
}



}  // namespace

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
  for (const Document& d : documents) keys_.push_back(document_key(d));
}

ClaimStore::~ClaimStore() { sqlite3_close(db_); }

void ClaimStore::in_use() {
  // Locked past the busy timeout: another audit is writing it. Not damage: leave it alone.
  if (!unusable_) warnings_.push_back(path_ + ": locked by another process; extracting without the store");
  unusable_ = true;
}

void ClaimStore::broken(const std::string& what) {
  if (!broken_) warnings_.push_back(path_ + ": " + what + "; rebuilding it");
  broken_ = true;
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
                  sqlite_exec(db_, "CREATE TABLE phrases(doc TEXT PRIMARY KEY, data TEXT NOT NULL, checksum TEXT NOT NULL)") &&
                  sqlite_exec(db_, "CREATE TABLE claims(doc TEXT PRIMARY KEY, subjects_key TEXT NOT NULL, data TEXT NOT NULL, "
                            "checksum TEXT NOT NULL)") &&
                  sqlite_exec(db_, "CREATE TABLE files(path TEXT PRIMARY KEY, stamp TEXT NOT NULL, data TEXT NOT NULL, "
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

std::vector<std::optional<std::string>> ClaimStore::fetch(const char* table, const std::string& subjects_key) {
  std::vector<std::optional<std::string>> out(keys_.size());
  if (broken_ || unusable_ || !db_) return out;
  const bool claims = std::string(table) == "claims";
  const std::string sql = std::string("SELECT data, checksum") + (claims ? ", subjects_key" : "") + " FROM " + table +
                          " WHERE doc = ?1";
  SqliteStatement q(db_, sql.c_str());
  if (!q.ok() && (sqlite3_errcode(db_) == SQLITE_BUSY || sqlite3_errcode(db_) == SQLITE_LOCKED)) {
    in_use();
    return out;
  }
  if (!q.ok()) {
    broken(std::string("damaged claim store (") + sqlite3_errmsg(db_) + ")");
    return out;
  }
  for (size_t i = 0; i < keys_.size(); ++i) {
    q.bind(1, keys_[i]);
    const int rc = q.step();
    if (rc == SQLITE_DONE) {
      q.reset();
      continue;
    }
    if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
      in_use();
      return std::vector<std::optional<std::string>>(keys_.size());
    }
    if (rc != SQLITE_ROW) {
      broken(std::string("damaged claim store (") + sqlite3_errmsg(db_) + ")");
      return std::vector<std::optional<std::string>>(keys_.size());
    }
    std::string data = q.column(0);
    const std::string stored_key = claims ? q.column(2) : "";
    const std::string stored_checksum = q.column(1);
    q.reset();  // ends the statement's read before the next lookup
    if (stored_checksum != checksum(table, keys_[i], stored_key, data)) {
      broken("damaged claim store (an entry does not match its checksum)");
      continue;
    }
    if (stored_key == subjects_key) out[i] = std::move(data);  // else the subject index changed: stale
  }
  return out;
}

std::vector<std::optional<CachedPhrases>> ClaimStore::phrases(unsigned jobs) {
  std::vector<std::optional<std::string>> data = fetch("phrases", "");
  std::vector<std::optional<CachedPhrases>> out(keys_.size());
  std::vector<char> bad(keys_.size(), 0);
  parallel_for(keys_.size(), jobs, [&](size_t i) {
    if (!data[i]) return;
    const nlohmann::json j = nlohmann::json::parse(*data[i], nullptr, false);
    CachedPhrases cached;
    bool ok = j.is_object() && j.contains("phrases") && j["phrases"].is_array() && j.contains("names") &&
              j["names"].is_array();
    for (size_t k = 0; ok && k < j["phrases"].size(); ++k) {
      DiscoveredPhrase p;
      ok = phrase_from_json(j["phrases"][k], &p).empty();
      cached.phrases.push_back(std::move(p));
    }
    for (size_t k = 0; ok && k < j["names"].size(); ++k) {
      NamedPhrase n;
      ok = named_phrase_from_json(j["names"][k], &n);
      cached.names.push_back(std::move(n));
    }
    if (ok) out[i] = std::move(cached);
    else bad[i] = 1;
  });
  phrase_data_.assign(keys_.size(), "");
  phrase_new_.assign(keys_.size(), false);
  for (size_t i = 0; i < keys_.size(); ++i) {
    if (bad[i]) broken("damaged claim store (an entry is not the JSON it should be)");
    if (out[i]) {
      phrase_data_[i] = std::move(*data[i]);
      ++phrase_hits_;
    }
  }
  return out;
}

void ClaimStore::put_phrases(size_t document, const std::vector<DiscoveredPhrase>& phrases,
                             const std::vector<NamedPhrase>& names) {
  nlohmann::json j = {{"phrases", nlohmann::json::array()}, {"names", nlohmann::json::array()}};
  for (const auto& p : phrases) j["phrases"].push_back(phrase_to_json(p));
  for (const auto& n : names) j["names"].push_back(named_phrase_to_json(n));
  phrase_data_[document] = j.dump();
  phrase_new_[document] = true;
}

std::vector<std::optional<CachedClaims>> ClaimStore::claims(const std::string& subjects_key, unsigned jobs) {
  subjects_key_ = subjects_key;
  std::vector<std::optional<std::string>> data = fetch("claims", subjects_key);
  std::vector<std::optional<CachedClaims>> out(keys_.size());
  std::vector<char> bad(keys_.size(), 0);
  parallel_for(keys_.size(), jobs, [&](size_t i) {
    if (!data[i]) return;
    const nlohmann::json j = nlohmann::json::parse(*data[i], nullptr, false);
    CachedClaims cached;
    DocumentClaims& dc = cached.claims;
    bool ok = j.is_object() && j.contains("claims") && j["claims"].is_array() && j.contains("subjects") &&
              j["subjects"].is_array() && j.contains("summary") && summary_from_json(j["summary"], &cached.summary);
    for (size_t k = 0; ok && k < j["claims"].size(); ++k) {
      Claim c;
      ok = claim_from_json(j["claims"][k], &c).empty();
      c.document = i;
      dc.claims.push_back(std::move(c));
    }
    for (size_t k = 0; ok && k < j["subjects"].size(); ++k) {
      ok = j["subjects"][k].is_string();
      if (ok) dc.subjects.insert(j["subjects"][k].get<std::string>());
    }
    if (ok) out[i] = std::move(cached);
    else bad[i] = 1;
  });
  claim_data_.assign(keys_.size(), "");
  claim_new_.assign(keys_.size(), false);
  for (size_t i = 0; i < keys_.size(); ++i) {
    if (bad[i]) broken("damaged claim store (an entry is not the JSON it should be)");
    if (out[i]) {
      claim_data_[i] = std::move(*data[i]);
      ++claim_hits_;
    }
  }
  return out;
}

void ClaimStore::put_claims(size_t document, const std::string& subjects_key, const DocumentClaims& claims,
                            const TextSummary& summary) {
  subjects_key_ = subjects_key;
  nlohmann::json j = {
      {"claims", nlohmann::json::array()}, {"subjects", claims.subjects}, {"summary", summary_to_json(summary)}};
  for (const Claim& c : claims.claims) j["claims"].push_back(claim_to_json(c));
  claim_data_[document] = j.dump();
  claim_new_[document] = true;
}

std::string ClaimStore::commit() {
  if (unusable_) return "";
  if (broken_ && !create_schema()) return warnings_.back();
  // After a rebuild every entry this run holds is new to the file.
  const bool all = broken_;
  broken_ = false;
  auto fail = [&](const char* what) {
    const std::string problem = path_ + ": cannot " + what + ": " + sqlite3_errmsg(db_);
    sqlite_exec(db_, "ROLLBACK");
    return problem;
  };
  if (!sqlite_exec(db_, "BEGIN IMMEDIATE")) return fail("update the claim store");
  SqliteStatement put_p(db_, "INSERT OR REPLACE INTO phrases VALUES (?1, ?2, ?3)");
  SqliteStatement put_c(db_, "INSERT OR REPLACE INTO claims VALUES (?1, ?2, ?3, ?4)");
  if (!put_p.ok() || !put_c.ok()) return fail("update the claim store");
  for (size_t i = 0; i < keys_.size(); ++i) {
    if (i < phrase_new_.size() && (phrase_new_[i] || (all && !phrase_data_[i].empty()))) {
      put_p.bind(1, keys_[i]);
      put_p.bind(2, phrase_data_[i]);
      put_p.bind(3, checksum("phrases", keys_[i], "", phrase_data_[i]));
      if (put_p.step() != SQLITE_DONE) return fail("update the claim store");
      put_p.reset();
    }
    if (i < claim_new_.size() && (claim_new_[i] || (all && !claim_data_[i].empty()))) {
      put_c.bind(1, keys_[i]);
      put_c.bind(2, subjects_key_);
      put_c.bind(3, claim_data_[i]);
      put_c.bind(4, checksum("claims", keys_[i], subjects_key_, claim_data_[i]));
      if (put_c.step() != SQLITE_DONE) return fail("update the claim store");
      put_c.reset();
    }
  }
  // Prune: entries of documents this run did not have.
  if (!sqlite_exec(db_, "CREATE TEMP TABLE IF NOT EXISTS keep(doc TEXT PRIMARY KEY)") || !sqlite_exec(db_, "DELETE FROM keep"))
    return fail("prune the claim store");
  SqliteStatement keep(db_, "INSERT OR IGNORE INTO keep VALUES (?1)");
  if (!keep.ok()) return fail("prune the claim store");
  for (const std::string& doc : keys_) {
    keep.bind(1, doc);
    if (keep.step() != SQLITE_DONE) return fail("prune the claim store");
    keep.reset();
  }
  if (!sqlite_exec(db_, "DELETE FROM phrases WHERE doc NOT IN (SELECT doc FROM keep)") ||
      !sqlite_exec(db_, "DELETE FROM claims WHERE doc NOT IN (SELECT doc FROM keep)"))
    return fail("prune the claim store");
  if (!files_.write(db_, all)) return fail("update the claim store");
  if (!sqlite_exec(db_, "COMMIT")) return fail("update the claim store");
  phrase_new_.assign(phrase_new_.size(), false);
  claim_new_.assign(claim_new_.size(), false);
  return "";
}

}  // namespace checker
