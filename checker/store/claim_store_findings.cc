// The claim store's findings per (subject, family) group (findings_cache.h): read in one scan,
// served for groups whose inputs hash is unchanged, written in a transaction of their own.
#include <string_view>

#include <sqlite3.h>

#include "checker/store/claim_store.h"
#include "checker/store/findings_records.h"
#include "checker/store/sqlite_statement.h"
#include "checker/store/store_checksums.h"

namespace checker {

void ClaimStore::fetch_findings() {
  kept_findings_.clear();
  if (broken_ || unusable_ || !db_) return;
  SqliteStatement q(db_, "SELECT grp, inputs, data, checksum FROM findings");
  auto failed = [&](int code) {
    if (code == SQLITE_BUSY || code == SQLITE_LOCKED) in_use();
    else broken(std::string("damaged claim store (") + sqlite3_errmsg(db_) + ")");
    kept_findings_.clear();
  };
  if (!q.ok()) return failed(sqlite3_errcode(db_));
  int rc;
  while ((rc = q.step()) == SQLITE_ROW) {
    const std::string_view group = q.column_view(0), inputs = q.column_view(1), data = q.column_view(2);
    const std::optional<Hash128> hash = Hash128::from_hex(inputs);
    if (!hash || !entry_checksum_holds(q.column_view(3), "findings", group, inputs, data)) {
      broken("damaged claim store (an entry does not match its checksum)");
      kept_findings_.clear();
      return;
    }
    kept_findings_.emplace(std::string(group), KeptFindings{*hash, std::string(data)});
  }
  if (rc != SQLITE_DONE) failed(rc);
}

namespace {

std::string group_name(const ClaimIndex::Key& key) {
  std::string name = key.first;
  name.push_back('\0');
  return name + key.second;
}

}  // namespace

std::optional<std::vector<RuleFinding>> ClaimStore::findings(const ClaimIndex& index, const ClaimIndex::Key& key,
                                                              const std::vector<GroupDocument>& documents,
                                                              ClaimList* claims) {
  if (broken_ || unusable_ || document_ids_.size() != index.documents().size()) return std::nullopt;
  const auto it = kept_findings_.find(group_name(key));
  if (it == kept_findings_.end()) return std::nullopt;
  it->second.used = true;
  if (it->second.inputs != group_inputs(index, key, documents, document_ids_, subjects_key_)) return std::nullopt;
  std::vector<RuleFinding> out;
  const size_t before = claims->size();
  bool decoded = decode_group_findings(it->second.data, claims, &out);
  for (size_t k = before; decoded && k < claims->size(); ++k) decoded = (*claims)[k].document < document_ids_.size();
  if (!decoded) {
    // Its checksum held, so not damage on disk: another form of entry. Reconciled again, replaced.
    if (!findings_warned_)
      warnings_.push_back(path_ + ": a findings entry does not decode; reconciling its group again");
    findings_warned_ = true;
    return std::nullopt;
  }
  ++group_hits_;
  std::string().swap(it->second.data);
  return out;
}

void ClaimStore::put_findings(const ClaimIndex& index, const ClaimIndex::Key& key,
                              const std::vector<GroupDocument>& documents, const std::vector<RuleFinding>& findings) {
  if (unusable_ || document_ids_.size() != index.documents().size()) return;
  new_findings_.emplace_back(group_name(key), std::pair{group_inputs(index, key, documents, document_ids_, subjects_key_),
                                                        encode_group_findings(findings)});
}

std::string ClaimStore::commit_findings() {
  const std::string problem = commit_findings_once();
  if (!problem.empty() || !broken_) return problem;
  // Damage found on writing: an empty store (its statements are closed by now); the next audit
  // fills it again.
  broken_ = false;
  return create_schema() ? "" : warnings_.back();
}

std::string ClaimStore::commit_findings_once() {
  if (unusable_ || !db_) return "";
  auto fail = [&](const char* what) { return roll_back(what); };
  if (!sqlite_exec(db_, "BEGIN IMMEDIATE")) return fail("update the claim store");
  SqliteStatement put(db_, "INSERT OR REPLACE INTO findings VALUES (?1, ?2, ?3, ?4)");
  SqliteStatement drop(db_, "DELETE FROM findings WHERE grp = ?1");
  if (!put.ok() || !drop.ok()) return fail("update the claim store");
  for (const auto& [group, entry] : new_findings_) {
    const std::string inputs = entry.first.hex();
    put.bind_blob(1, group);
    put.bind(2, inputs);
    put.bind_blob(3, entry.second);
    put.bind(4, entry_checksum("findings", group, inputs, entry.second));
    if (put.step() != SQLITE_DONE) return fail("update the claim store");
    put.reset();
  }
  // Prune: groups this run did not have (a group reconciled again was replaced above).
  for (const auto& [group, kept] : kept_findings_) {
    if (kept.used) continue;
    drop.bind_blob(1, group);
    if (drop.step() != SQLITE_DONE) return fail("prune the claim store");
    drop.reset();
  }
  if (!sqlite_exec(db_, "COMMIT")) return fail("update the claim store");
  new_findings_.clear();
  return "";
}

}  // namespace checker
