// The claim store and claim files: exact round trips, the same findings with and without the
// store, and a damaged, foreign or non-SQLite store file rebuilt with a warning naming it.
#include <filesystem>
#include <algorithm>
#include <fstream>
#include <optional>
#include <set>
#include <sstream>

#include <unistd.h>

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include "checker/core/content_hash.h"
#include "checker/engine/extraction.h"
#include "checker/engine/reconcile.h"
#include "checker/store/claim_file.h"
#include "checker/store/claim_json.h"
#include "checker/store/claim_store.h"
#include "checker/store/findings_records.h"
#include "checker/store/store_records.h"
#include "support.h"

namespace fs = std::filesystem;
using namespace checker;

namespace {

// Every field, one by one: a new field that the JSON forgets fails here once it is listed.
void require_same_date(const std::optional<PartialDate>& a, const std::optional<PartialDate>& b) {
  REQUIRE(a.has_value() == b.has_value());
  if (!a) return;
  CHECK(a->year == b->year);
  CHECK(a->month == b->month);
  CHECK(a->day == b->day);
  CHECK(a->part == b->part);
  CHECK(a->precision == b->precision);
  CHECK(a->mod == b->mod);
}

void require_same(const Claim& a, const Claim& b) {
  CHECK(a.document == b.document);
  CHECK(a.subject_id == b.subject_id);
  CHECK(a.subject_name == b.subject_name);
  CHECK(a.subject_text == b.subject_text);
  CHECK(a.attribute == b.attribute);
  CHECK(a.family == b.family);
  CHECK(a.value.type == b.value.type);
  CHECK(a.value.amount == b.value.amount);
  CHECK(a.value.currency == b.value.currency);
  CHECK(a.value.unit == b.value.unit);
  CHECK(a.value.status == b.value.status);
  require_same_date(a.value.date, b.value.date);
  CHECK(a.value.resolved == b.value.resolved);
  CHECK(a.value.points == b.value.points);
  CHECK(a.value.lower == b.value.lower);
  CHECK(a.value.upper == b.value.upper);
  CHECK(a.value.qualifier == b.value.qualifier);
  CHECK(a.modality == b.modality);
  require_same_date(a.as_of, b.as_of);
  CHECK(a.stable == b.stable);
  CHECK(a.written_precision == b.written_precision);
  CHECK(a.status_group == b.status_group);
  require_same_date(a.event, b.event);
  CHECK(a.span.start == b.span.start);
  CHECK(a.span.end == b.span.end);
  CHECK(a.value_span.start == b.value_span.start);
  CHECK(a.value_span.end == b.value_span.end);
  CHECK(a.sentence.start == b.sentence.start);
  CHECK(a.sentence.end == b.sentence.end);
  CHECK(a.producer == b.producer);
  CHECK(a.confidence == b.confidence);
  CHECK(a.reasons == b.reasons);
}

Claim through_json(const Claim& c) {
  const std::string text = claim_to_json(c).dump();
  Claim back;
  back.document = c.document;
  REQUIRE(claim_from_json(nlohmann::json::parse(text), &back) == "");
  return back;
}

// Every field set to something other than its default.
Claim full_claim() {
  Claim c;
  c.document = 3;
  c.subject_id = "vardenne";
  c.subject_name = "pont de Vardenne";
  c.subject_text = "ce pont";
  c.attribute = "measure.length";
  c.family = "measure";
  c.value.type = ValueType::kQuantity;
  c.value.amount = 1240.0000000000002;  // needs all 17 digits
  c.value.currency = "EUR";
  c.value.unit = "m";
  c.value.status = "operational";
  c.value.date = PartialDate{2027, 0, 0, 1, Precision::kHalf, "START"};
  c.value.resolved = false;
  c.value.points = true;
  c.value.lower = 1.0 / 3;
  c.value.upper = 1e300;
  c.value.qualifier = "près de";
  c.modality = Modality::kPostponed;
  c.as_of = PartialDate{2022, 7, 0, 0, Precision::kMonth, ""};
  c.stable = true;
  c.written_precision = 0.05;
  c.status_group = "not-operational";
  c.event = PartialDate{2025, 11, 27, 0, Precision::kDay, "APPROX"};
  c.span = {80, 134};
  c.value_span = {120, 134};
  c.sentence = {77, 160};
  c.producer = "lang/fr#measure.length";
  c.confidence = 0.7;
  c.reasons = {"cue 'long'", "subject through a reference back"};
  return c;
}

struct TempDir {
  fs::path path;
  TempDir() {
    path = fs::temp_directory_path() / ("checker-store-test-" + std::to_string(::getpid()));
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempDir() { fs::remove_all(path); }
};

const char* kCorpus[] = {"seeds", "tests/fixtures/schedule-slip", "tests/fixtures/status-conflict",
                         "tests/fixtures/value-conflict"};

std::vector<Document> corpus() {
  return load_corpus(std::vector<std::string>(std::begin(kCorpus), std::end(kCorpus))).documents;
}

std::string rules_dir() { return std::string(CHECKER_SOURCE_DIR) + "/rules"; }

// The claims and findings of an audit through the store, as comparable text: every document's
// claims (those the run did not decode read from the store afterwards), then the findings.
// `group_hits`: how many (subject, family) groups took their findings from the store;
// `claims_read`: how many documents' claims the run read from the store (not counting the
// afterwards).
std::vector<std::string> audit_through(const std::string& store_path, const std::vector<Document>& docs,
                                       std::vector<std::string>* warnings = nullptr, size_t* hits = nullptr,
                                       size_t* group_hits = nullptr, size_t* claims_read = nullptr,
                                       bool read_left = true) {
  ClaimStore store(store_path, rules_key(rules_dir()), docs);
  Extraction x = extract_claims(docs, testing::default_pack(), 2, &store);
  REQUIRE(store.commit() == "");
  if (hits) *hits = store.claim_hits();
  std::optional<AuditResult> r = reconcile_through(docs, testing::default_pack(), std::move(x), store, 2);
  if (!r) {  // damage found on the way: extracted again into the rebuilt store, as the audit command does
    Extraction again = extract_claims(docs, testing::default_pack(), 2, &store);
    REQUIRE(store.commit() == "");
    r = reconcile_through(docs, testing::default_pack(), std::move(again), store, 2);
    REQUIRE(r);
  }
  REQUIRE(store.commit_findings() == "");
  if (warnings) *warnings = store.warnings();
  if (group_hits) *group_hits = store.group_hits();
  if (claims_read) *claims_read = store.claims_read();
  std::vector<std::vector<const Claim*>> by_document(docs.size());
  for (const Claim& c : r->claims) by_document[c.document].push_back(&c);
  std::vector<size_t> left;  // documents whose claims the run left in the store
  for (size_t d = 0; d < docs.size(); ++d)
    if (by_document[d].size() != r->claims_per_document[d]) {
      REQUIRE(by_document[d].empty());
      left.push_back(d);
    }
  if (!read_left) left.clear();
  const auto stored = store.deferred_claims(left, 1);
  REQUIRE(stored);
  std::vector<std::string> out;
  for (size_t d = 0, next = 0; d < docs.size(); ++d) {
    if (next < left.size() && left[next] == d) {
      for (const Claim& c : (*stored)[next]) out.push_back(std::to_string(c.document) + " " + claim_to_json(c).dump());
      ++next;
      continue;
    }
    for (const Claim* c : by_document[d]) out.push_back(std::to_string(c->document) + " " + claim_to_json(*c).dump());
  }
  for (const Finding& f : r->findings) out.push_back(f.id + " " + testing::summarize(f, docs));
  return out;
}

std::vector<std::string> audit_plain(const std::vector<Document>& docs) {
  const AuditResult r = run_audit(docs, testing::default_pack(), 1);
  std::vector<std::string> out;
  for (const Claim& c : r.claims) out.push_back(std::to_string(c.document) + " " + claim_to_json(c).dump());
  for (const Finding& f : r.findings) out.push_back(f.id + " " + testing::summarize(f, docs));
  return out;
}

// Runs SQL on the store file behind the checker's back; returns how many rows it changed.
int tamper(const std::string& db, const char* sql) {
  sqlite3* h = nullptr;
  REQUIRE(sqlite3_open(db.c_str(), &h) == SQLITE_OK);
  REQUIRE(sqlite3_exec(h, sql, nullptr, nullptr, nullptr) == SQLITE_OK);
  const int changed = sqlite3_changes(h);
  sqlite3_close(h);
  return changed;
}

void write_bytes(const fs::path& p, const std::string& bytes) {
  std::ofstream out(p, std::ios::binary | std::ios::trunc);
  out << bytes;
}

}  // namespace

TEST_CASE("claim JSON: every field survives the round trip", "[store][json]") {
  const Claim c = full_claim();
  require_same(c, through_json(c));
  Claim bare;  // defaults, optionals empty
  require_same(bare, through_json(bare));
}

TEST_CASE("claim JSON: every claim of the seeds and fixtures survives the round trip", "[store][json]") {
  const auto docs = corpus();
  const AuditResult r = run_audit(docs, testing::default_pack(), 1);
  REQUIRE(r.claims.size() > 50);
  for (const Claim& c : r.claims) require_same(c, through_json(c));
}

TEST_CASE("claim JSON: a missing or mistyped field is named", "[store][json]") {
  nlohmann::json j = claim_to_json(full_claim());
  j["value"].erase("unit");
  Claim c;
  CHECK(claim_from_json(j, &c) == "value.unit: missing");
  j = claim_to_json(full_claim());
  j["modality"] = "maybe";
  CHECK(claim_from_json(j, &c) == "modality: expected actual, planned, postponed, initial, negated or hedged");
  j = claim_to_json(full_claim());
  j["span"] = nlohmann::json::array({5, 2});
  CHECK(claim_from_json(j, &c) == "span: expected [start, end] byte offsets");
}

TEST_CASE("claim JSON: a date's month, day or part over 255 is refused, never cut to a byte", "[store][json]") {
  nlohmann::json j = claim_to_json(full_claim());
  Claim c;
  j["as_of"]["month"] = 263;  // 263 would read as month 7 if it were cut to a byte
  CHECK(claim_from_json(j, &c) == "as_of.month: expected an integer from 0 to 255");
  j = claim_to_json(full_claim());
  j["value"]["date"]["day"] = -1;
  CHECK(claim_from_json(j, &c) == "value.date.day: expected an integer from 0 to 255");
  j = claim_to_json(full_claim());
  j["event"]["part"] = 255;
  REQUIRE(claim_from_json(j, &c).empty());
  CHECK(c.event->part == 255);
}

TEST_CASE("claim store records: every claim of the seeds and fixtures survives the round trip", "[store]") {
  const auto docs = corpus();
  const AuditResult r = run_audit(docs, testing::default_pack(), 1);
  DocumentClaims all;
  all.claims.assign(r.claims.begin(), r.claims.end());
  all.claims.push_back(full_claim());
  std::vector<Claim> back;
  REQUIRE(decode_claims(encode_claims(all.claims), 3, &back));
  REQUIRE(back.size() == all.claims.size());
  for (size_t k = 0; k < all.claims.size(); ++k) {
    Claim expected = all.claims[k];
    expected.document = 3;
    require_same(back[k], expected);
  }
  CHECK(!decode_claims(encode_claims(all.claims) + "x", 3, &back));
}

TEST_CASE("claim store records: a document's record says how many claims it has in which group", "[store]") {
  DocumentClaims claims;
  Claim a = full_claim(), b = full_claim(), unbound = full_claim();
  b.family = "event";
  unbound.subject_id = "";
  claims.claims = {a, unbound, b, a};
  claims.subjects = {"s", "t"};
  CachedClaims back;
  REQUIRE(decode_document_claims(encode_document_claims(claims, TextSummary{}), &back));
  REQUIRE(back.deferred);
  CHECK(back.deferred->total == 4);
  REQUIRE(back.deferred->groups.size() == 2);
  CHECK((back.deferred->groups[0].subject_id == a.subject_id && back.deferred->groups[0].family == a.family &&
         back.deferred->groups[0].claims == 2));
  CHECK((back.deferred->groups[1].family == "event" && back.deferred->groups[1].claims == 1));
  CHECK(back.claims.claims.empty());
  CHECK(back.claims.subjects == claims.subjects);
  const std::string bytes = encode_document_claims(claims, TextSummary{});
  CHECK(!decode_document_claims(bytes.substr(0, bytes.size() - 1), &back));
  CHECK(!decode_document_claims(bytes + "x", &back));
}

TEST_CASE("document metadata JSON survives the round trip", "[store][json]") {
  for (const Document& d : corpus()) {
    Document back;
    REQUIRE(document_meta_from_json(nlohmann::json::parse(document_meta_to_json(d).dump()), &back) == "");
    CHECK(back.path == d.path);
    CHECK(back.title == d.title);
    require_same_date(back.date, d.date);
    CHECK(back.date_source == d.date_source);
    CHECK(back.lang == d.lang);
    CHECK(back.lang_source == d.lang_source);
    CHECK(back.source == d.source);
    CHECK(back.url == d.url);
    CHECK(back.body_start == d.body_start);
    CHECK(back.line_base == d.line_base);
  }
}

TEST_CASE("claim store: the same claims and findings on the first run, the second run, and without it",
          "[store]") {
  TempDir dir;
  const std::string db = (dir.path / "claims.db").string();
  const auto docs = corpus();
  const auto plain = audit_plain(docs);
  size_t hits = 99;
  std::vector<std::string> warnings;
  CHECK(audit_through(db, docs, &warnings, &hits) == plain);
  CHECK(hits == 0);
  CHECK(warnings.empty());
  CHECK(audit_through(db, docs, &warnings, &hits) == plain);
  CHECK(hits == docs.size());
  CHECK(warnings.empty());
}

TEST_CASE("claim store: a changed document is extracted again, the others are not", "[store]") {
  TempDir dir;
  const std::string db = (dir.path / "claims.db").string();
  auto docs = corpus();
  audit_through(db, docs);
  // A changed number: the subject index is the same, so only that document misses.
  const size_t at = docs[0].text.find("2025");
  REQUIRE(at != std::string::npos);
  docs[0].text.replace(at, 4, "2026");
  size_t hits = 0;
  CHECK(audit_through(db, docs, nullptr, &hits) == audit_plain(docs));
  CHECK(hits == docs.size() - 1);
}

TEST_CASE("claim store: documents with the same content share one entry, each served from it", "[store]") {
  TempDir dir;
  const std::string db = (dir.path / "claims.db").string();
  auto docs = corpus();
  // Two copies of the first document under other paths (same bytes and metadata: one key),
  // one of them last, so that a copy is found before and after the entry it shares.
  Document copy = docs[0];
  copy.path = "copy-a.md";
  docs.insert(docs.begin() + 1, copy);
  copy.path = "copy-b.md";
  docs.push_back(copy);
  REQUIRE(document_key(docs[1]) == document_key(docs[0]));
  REQUIRE(document_key(docs.back()) == document_key(docs[0]));
  size_t hits = 99;
  CHECK(audit_through(db, docs, nullptr, &hits) == audit_plain(docs));
  CHECK(hits == 0);
  CHECK(audit_through(db, docs, nullptr, &hits) == audit_plain(docs));
  CHECK(hits == docs.size());
  // A key the store no longer has (this document changed) is extracted; its copies still hit.
  const size_t at = docs[2].text.find_first_of("0123456789");
  REQUIRE(at != std::string::npos);
  docs[2].text[at] = docs[2].text[at] == '9' ? '8' : '9';
  CHECK(audit_through(db, docs, nullptr, &hits) == audit_plain(docs));
  CHECK(hits == docs.size() - 1);
}

TEST_CASE("claim store: entries of documents no longer in the corpus are pruned", "[store]") {
  TempDir dir;
  const std::string db = (dir.path / "claims.db").string();
  auto docs = corpus();
  audit_through(db, docs);
  docs.pop_back();
  audit_through(db, docs);
  sqlite3* h = nullptr;
  REQUIRE(sqlite3_open(db.c_str(), &h) == SQLITE_OK);
  sqlite3_stmt* q = nullptr;
  REQUIRE(sqlite3_prepare_v2(h, "SELECT (SELECT count(*) FROM phrases), (SELECT count(*) FROM claims)", -1, &q,
                             nullptr) == SQLITE_OK);
  REQUIRE(sqlite3_step(q) == SQLITE_ROW);
  std::set<std::string> distinct;
  for (const Document& d : docs) distinct.insert(document_key(d));
  CHECK(static_cast<size_t>(sqlite3_column_int(q, 0)) == distinct.size());
  CHECK(static_cast<size_t>(sqlite3_column_int(q, 1)) == distinct.size());
  sqlite3_finalize(q);
  sqlite3_close(h);
}

TEST_CASE("claim store: a file that is not SQLite is rebuilt, with a warning naming it", "[store]") {
  TempDir dir;
  const std::string db = (dir.path / "claims.db").string();
  write_bytes(db, "these are not the bytes of a database\n");
  const auto docs = corpus();
  std::vector<std::string> warnings;
  CHECK(audit_through(db, docs, &warnings) == audit_plain(docs));
  CHECK(warnings == std::vector<std::string>{db + ": not an SQLite database (not a claim store); rebuilding it"});
  size_t hits = 0;
  CHECK(audit_through(db, docs, &warnings, &hits) == audit_plain(docs));
  CHECK(warnings.empty());
  CHECK(hits == docs.size());
}

TEST_CASE("claim store: another program's SQLite database is rebuilt, with a warning naming it", "[store]") {
  TempDir dir;
  const std::string db = (dir.path / "other.db").string();
  sqlite3* h = nullptr;
  REQUIRE(sqlite3_open(db.c_str(), &h) == SQLITE_OK);
  REQUIRE(sqlite3_exec(h, "CREATE TABLE notes(x TEXT); INSERT INTO notes VALUES ('hello')", nullptr, nullptr,
                       nullptr) == SQLITE_OK);
  sqlite3_close(h);
  const auto docs = corpus();
  std::vector<std::string> warnings;
  CHECK(audit_through(db, docs, &warnings) == audit_plain(docs));
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0].rfind(db + ": an SQLite database of another program, not a claim store", 0) == 0);
}

TEST_CASE("claim store: an entry changed behind the store's back is never used", "[store]") {
  TempDir dir;
  const std::string db = (dir.path / "claims.db").string();
  const auto docs = corpus();
  audit_through(db, docs);
  // Every claim entry now says 2099 where it said 2025 (zigzag varints D2 1F and E6 20): a wrong
  // finding if it were read.
  // Claims are read only for groups reconciled again: with no findings kept, all of them are.
  REQUIRE(tamper(db, "UPDATE claims SET data = CAST(replace(data, x'D21F', x'E620') AS BLOB); "
                     "DELETE FROM findings") > 0);
  std::vector<std::string> warnings;
  CHECK(audit_through(db, docs, &warnings) == audit_plain(docs));
  CHECK(warnings == std::vector<std::string>{db + ": damaged claim store (an entry does not match its checksum); rebuilding it"});
  size_t hits = 0;
  CHECK(audit_through(db, docs, &warnings, &hits) == audit_plain(docs));
  CHECK(hits == docs.size());
}

TEST_CASE("claim store: a truncated store file is rebuilt, with a warning naming it", "[store]") {
  TempDir dir;
  const std::string db = (dir.path / "claims.db").string();
  const auto docs = corpus();
  audit_through(db, docs);
  fs::resize_file(db, fs::file_size(db) / 2);
  std::vector<std::string> warnings;
  CHECK(audit_through(db, docs, &warnings) == audit_plain(docs));
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0].rfind(db + ": damaged claim store", 0) == 0);
}

TEST_CASE("claim store: a store written in an older format is rebuilt, with a warning naming it", "[store]") {
  TempDir dir;
  const std::string db = (dir.path / "claims.db").string();
  const auto docs = corpus();
  audit_through(db, docs);
  // Schema 2 kept entries as JSON text: its rows are not records this checker can read.
  REQUIRE(tamper(db, "UPDATE checker_store SET value = '2' WHERE key = 'schema'; "
                     "UPDATE claims SET data = '{\"claims\":[]}'") > 0);
  std::vector<std::string> warnings;
  size_t hits = 99;
  CHECK(audit_through(db, docs, &warnings, &hits) == audit_plain(docs));
  CHECK(warnings == std::vector<std::string>{db + ": a claim store of another schema version; rebuilding it"});
  CHECK(hits == 0);
  CHECK(audit_through(db, docs, &warnings, &hits) == audit_plain(docs));
  CHECK(warnings.empty());
  CHECK(hits == docs.size());
}

TEST_CASE("claim store: other rules clear it", "[store]") {
  TempDir dir;
  const std::string db = (dir.path / "claims.db").string();
  const auto docs = corpus();
  audit_through(db, docs);
  ClaimStore store(db, "another rules key", docs);
  CHECK(store.warnings().empty());
  const auto hits = store.phrases(1);
  REQUIRE(hits.size() == docs.size());
  for (const auto& h : hits) CHECK(!h);
}

// The (subject, family) groups of an audit, and those that `document` has a claim in or whose
// subject it names.
std::pair<size_t, size_t> groups_and_touched(const std::vector<Document>& docs, size_t document) {
  const Extraction x = extract_claims(docs, testing::default_pack(), 1);
  std::set<std::pair<std::string, std::string>> all, touched;
  for (const Claim& c : x.claims) {
    if (c.subject_id.empty()) continue;
    all.insert({c.subject_id, c.family});
    if (c.document == document) touched.insert({c.subject_id, c.family});
  }
  for (const auto& key : all)
    if (x.mentions[document].count(key.first)) touched.insert(key);
  return {all.size(), touched.size()};
}

// How many of an audit's lines are the tunnel's overdue finding.
long overdue_findings(const std::vector<std::string>& lines) {
  return std::count_if(lines.begin(), lines.end(), [](const std::string& line) {
    return line.find(" overdue warning ferlac: 2022 planned") != std::string::npos;
  });
}

size_t find_document(const std::vector<Document>& docs, const std::string& path_end) {
  for (size_t i = 0; i < docs.size(); ++i)
    if (docs[i].path.size() >= path_end.size() &&
        docs[i].path.compare(docs[i].path.size() - path_end.size(), path_end.size(), path_end) == 0)
      return i;
  FAIL("no document ends with " << path_end);
  return 0;
}

TEST_CASE("claim store: a second run takes every group's findings from the store", "[store][findings]") {
  TempDir dir;
  const std::string db = (dir.path / "claims.db").string();
  const auto docs = corpus();
  const auto plain = audit_plain(docs);
  size_t group_hits = 99;
  CHECK(audit_through(db, docs, nullptr, nullptr, &group_hits) == plain);
  CHECK(group_hits == 0);
  CHECK(audit_through(db, docs, nullptr, nullptr, &group_hits) == plain);
  CHECK(group_hits == groups_and_touched(docs, 0).first);
}

TEST_CASE("claim store: a document that names a subject, changed, makes its groups be reconciled again",
          "[store][findings]") {
  TempDir dir;
  const std::string db = (dir.path / "claims.db").string();
  auto docs = corpus();
  audit_through(db, docs);
  // t2 has no claim about the tunnel; its date alone makes the 2022 target overdue. Dated before
  // the target, the finding goes.
  const size_t t2 = find_document(docs, "ferlac-overdue/t2.md");
  const auto before = audit_plain(docs);
  docs[t2].date = PartialDate{2021, 5, 17, 0, Precision::kDay, ""};
  const auto after = audit_plain(docs);
  REQUIRE(overdue_findings(before) == 1);
  REQUIRE(overdue_findings(after) == 0);
  size_t group_hits = 0;
  std::vector<std::string> warnings;
  CHECK(audit_through(db, docs, &warnings, nullptr, &group_hits) == after);
  CHECK(warnings.empty());
  const auto [groups, touched] = groups_and_touched(docs, t2);
  CHECK(touched > 0);
  CHECK(group_hits == groups - touched);
  // And back: the finding is raised again, not remembered as gone.
  docs[t2].date = PartialDate{2023, 5, 17, 0, Precision::kDay, ""};
  CHECK(audit_through(db, docs) == before);
}

TEST_CASE("claim store: a group whose claims change gains or loses its finding", "[store][findings]") {
  TempDir dir;
  const std::string db = (dir.path / "claims.db").string();
  auto docs = corpus();
  const auto before = audit_plain(docs);
  audit_through(db, docs);
  const size_t t1 = find_document(docs, "ferlac-overdue/t1.md");
  const size_t at = docs[t1].text.find("en 2022");
  REQUIRE(at != std::string::npos);
  docs[t1].text.replace(at, 7, "en 2024");  // after t2's date: not overdue
  const auto after = audit_plain(docs);
  REQUIRE(overdue_findings(before) == 1);
  REQUIRE(overdue_findings(after) == 0);
  size_t group_hits = 0;
  CHECK(audit_through(db, docs, nullptr, nullptr, &group_hits) == after);
  const auto [groups, touched] = groups_and_touched(docs, t1);
  CHECK(group_hits == groups - touched);
  docs[t1].text.replace(at, 7, "en 2022");
  CHECK(audit_through(db, docs) == before);
}

// After `damage` (SQL on the store an audit left): the same report as without the store, the
// damage warning, no group's findings taken from the store; the next run takes them all again.
void check_rebuilt_with_findings(const char* damage) {
  TempDir dir;
  const std::string db = (dir.path / "claims.db").string();
  const auto docs = corpus();
  audit_through(db, docs);
  REQUIRE(tamper(db, damage) > 0);
  std::vector<std::string> warnings;
  size_t group_hits = 99;
  CHECK(audit_through(db, docs, &warnings, nullptr, &group_hits) == audit_plain(docs));
  CHECK(warnings == std::vector<std::string>{db + ": damaged claim store (an entry does not match its checksum); rebuilding it"});
  CHECK(group_hits == 0);
  CHECK(audit_through(db, docs, &warnings, nullptr, &group_hits) == audit_plain(docs));
  CHECK(warnings.empty());
  CHECK(group_hits == groups_and_touched(docs, 0).first);
}

TEST_CASE("claim store: a findings entry changed behind the store's back is never used", "[store][findings]") {
  // Every kept finding of the milestone rule now names a rule that does not exist.
  check_rebuilt_with_findings("UPDATE findings SET data = CAST(replace(data, 'milestone-slip', 'milestone-slop') AS BLOB)");
}

TEST_CASE("claim store: a damaged documents entry means no findings are taken from the store either", "[store][findings]") {
  // The findings entries are intact; one document's entry no longer matches its checksum.
  check_rebuilt_with_findings("UPDATE documents SET checksum = 'x' WHERE rowid = (SELECT min(rowid) FROM documents)");
}

TEST_CASE("claim store: a second run with nothing changed reads no document's claims", "[store][findings]") {
  TempDir dir;
  const std::string db = (dir.path / "claims.db").string();
  const auto docs = corpus();
  audit_through(db, docs);
  size_t claims_read = 99, group_hits = 0;
  CHECK(audit_through(db, docs, nullptr, nullptr, &group_hits, &claims_read) == audit_plain(docs));
  CHECK(claims_read == 0);
  CHECK(group_hits == groups_and_touched(docs, 0).first);
  // Not even damaged ones: a claims entry nobody needs is never read.
  REQUIRE(tamper(db, "UPDATE claims SET checksum = 'x'") > 0);
  std::vector<std::string> warnings;
  // The findings' lines (a 16-digit fingerprint first), not the claims' (a document index first):
  // the claims left in the store cannot be read back afterwards.
  const auto findings_only = [](std::vector<std::string> lines) {
    lines.erase(std::remove_if(lines.begin(), lines.end(), [](const std::string& l) { return l.find(' ') != 16; }),
                lines.end());
    return lines;
  };
  CHECK(findings_only(audit_through(db, docs, &warnings, nullptr, nullptr, &claims_read, false)) ==
        findings_only(audit_plain(docs)));
  CHECK(claims_read == 0);
  CHECK(warnings.empty());
}

TEST_CASE("claim store: a damaged claims entry a stale group needs: rebuilt, the same findings", "[store][findings]") {
  TempDir dir;
  const std::string db = (dir.path / "claims.db").string();
  auto docs = corpus();
  audit_through(db, docs);
  REQUIRE(tamper(db, "UPDATE claims SET checksum = 'x'") > 0);
  // t2 names the tunnel: its groups are reconciled again, and t1's claims are read for them.
  const size_t t2 = find_document(docs, "ferlac-overdue/t2.md");
  docs[t2].date = PartialDate{2021, 5, 17, 0, Precision::kDay, ""};
  std::vector<std::string> warnings;
  CHECK(audit_through(db, docs, &warnings) == audit_plain(docs));
  CHECK(warnings == std::vector<std::string>{db + ": damaged claim store (an entry does not match its checksum); rebuilding it"});
  size_t group_hits = 0;
  CHECK(audit_through(db, docs, &warnings, nullptr, &group_hits) == audit_plain(docs));
  CHECK(warnings.empty());
  CHECK(group_hits == groups_and_touched(docs, 0).first);
}

TEST_CASE("claim store: a document whose claim moves to another group: both groups reconciled, the others' claims read",
          "[store][findings]") {
  TempDir dir;
  const std::string db = (dir.path / "claims.db").string();
  auto docs = corpus();
  audit_through(db, docs);
  // h1's height becomes a length: its claim leaves the tower's height group (h2's claim stays
  // there, kept back in the store) for a length group of its own.
  const size_t h1 = find_document(docs, "heights/h1.md");
  const size_t at = docs[h1].text.find(" tall");
  REQUIRE(at != std::string::npos);
  const auto before = audit_plain(docs);
  docs[h1].text.replace(at, 5, " long");
  const auto after = audit_plain(docs);
  REQUIRE(before != after);
  size_t group_hits = 0, claims_read = 0;
  CHECK(audit_through(db, docs, nullptr, nullptr, &group_hits, &claims_read) == after);
  const auto [groups, touched] = groups_and_touched(docs, h1);
  CHECK(group_hits == groups - touched);
  CHECK(claims_read > 0);
  docs[h1].text.replace(at, 5, " tall");
  CHECK(audit_through(db, docs) == before);
}

TEST_CASE("claim store: a deleted document, a renamed file: the same findings as without the store",
          "[store][findings]") {
  TempDir dir;
  const std::string db = (dir.path / "claims.db").string();
  auto docs = corpus();
  audit_through(db, docs);
  // The first of the heights pair gone: the conflict goes, and every later document moves up.
  const auto before = audit_plain(docs);
  docs.erase(docs.begin() + static_cast<std::ptrdiff_t>(find_document(docs, "heights/h1.md")));
  const auto gone = audit_plain(docs);
  REQUIRE(gone != before);
  CHECK(audit_through(db, docs) == gone);
  // Another renamed: its findings name the new path (and their fingerprints change).
  docs[find_document(docs, "vardenne/a2.md")].path = "tests/fixtures/schedule-slip/vardenne/renamed.md";
  const auto renamed = audit_plain(docs);
  REQUIRE(renamed != gone);
  size_t claims_read = 0;
  CHECK(audit_through(db, docs, nullptr, nullptr, nullptr, &claims_read) == renamed);
  CHECK(audit_through(db, docs, nullptr, nullptr, nullptr, &claims_read) == renamed);
  CHECK(claims_read == 0);
}

TEST_CASE("claim store: a findings entry that does not decode is reconciled again, with a warning",
          "[store][findings]") {
  TempDir dir;
  const std::string db = (dir.path / "claims.db").string();
  const auto docs = corpus();
  audit_through(db, docs);
  // Bytes of another form under a checksum that holds (not damage on disk): one finding whose
  // first claim position is far past any group's claims.
  sqlite3* h = nullptr;
  REQUIRE(sqlite3_open(db.c_str(), &h) == SQLITE_OK);
  sqlite3_stmt* q = nullptr;
  REQUIRE(sqlite3_prepare_v2(h, "SELECT grp, inputs FROM findings WHERE length(data) > 1 LIMIT 1", -1, &q, nullptr) ==
          SQLITE_OK);
  REQUIRE(sqlite3_step(q) == SQLITE_ROW);
  const std::string group(static_cast<const char*>(sqlite3_column_blob(q, 0)),
                          static_cast<size_t>(sqlite3_column_bytes(q, 0)));
  const std::string inputs(reinterpret_cast<const char*>(sqlite3_column_text(q, 1)));
  sqlite3_finalize(q);
  const std::string data("\x01\x00", 2);  // one finding, then nothing where its fields should be
  ContentHasher sum;
  for (const std::string& field : {std::string("findings"), group, inputs, data}) sum.add(field);
  REQUIRE(sqlite3_prepare_v2(h, "UPDATE findings SET data = ?1, checksum = ?2 WHERE grp = ?3", -1, &q, nullptr) ==
          SQLITE_OK);
  sqlite3_bind_blob(q, 1, data.data(), static_cast<int>(data.size()), SQLITE_TRANSIENT);
  const std::string checksum = sum.hex();
  sqlite3_bind_text(q, 2, checksum.c_str(), -1, SQLITE_TRANSIENT);
  sqlite3_bind_blob(q, 3, group.data(), static_cast<int>(group.size()), SQLITE_TRANSIENT);
  REQUIRE(sqlite3_step(q) == SQLITE_DONE);
  sqlite3_finalize(q);
  sqlite3_close(h);
  std::vector<std::string> warnings;
  size_t group_hits = 0;
  CHECK(audit_through(db, docs, &warnings, nullptr, &group_hits) == audit_plain(docs));
  CHECK(warnings == std::vector<std::string>{db + ": a findings entry does not decode; reconciling its group again"});
  const size_t groups = groups_and_touched(docs, 0).first;
  CHECK(group_hits == groups - 1);
  CHECK(audit_through(db, docs, &warnings, nullptr, &group_hits) == audit_plain(docs));
  CHECK(warnings.empty());
  CHECK(group_hits == groups);
}

TEST_CASE("claim store records: group findings survive the round trip with their claims, bad bytes do not decode",
          "[store][findings]") {
  Claim a = full_claim(), b = full_claim();
  a.document = 4;
  b.span = {200, 240};
  b.document = 7;
  b.confidence = 0.5;
  Finding f;
  f.id = "0123456789abcdef";
  f.rule = "some-rule";
  f.kind = "value-conflict";
  f.severity = Severity::kError;
  f.status = "contradiction";
  f.subject_id = "s";
  f.subject_name = "S";
  f.attribute = "measure.length";
  f.message = "S: 1 in a but 2 in b";
  f.claims = {&b, &a};
  const std::vector<RuleFinding> findings{{2, f}, {0, Finding{}}};
  const std::string bytes = encode_group_findings(findings);
  ClaimList claims;
  std::vector<RuleFinding> back;
  REQUIRE(decode_group_findings(bytes, &claims, &back));
  REQUIRE(back.size() == 2);
  CHECK(back[0].rule == 2);
  CHECK(back[0].finding.id == f.id);
  CHECK(back[0].finding.severity == Severity::kError);
  CHECK(back[0].finding.message == f.message);
  REQUIRE(back[0].finding.claims.size() == 2);
  require_same(back[0].finding.claims[0], b);
  require_same(back[0].finding.claims[1], a);
  CHECK(back[0].finding.claims[0].document == 7);
  CHECK(&back[0].finding.claims[0] == &claims[0]);
  CHECK(back[1].rule == 0);
  CHECK(back[1].finding.claims.empty());
  CHECK(!decode_group_findings(bytes.substr(0, bytes.size() - 1), &claims, &back));
  CHECK(!decode_group_findings(bytes + "x", &claims, &back));
}

TEST_CASE("claim files: written and read back, the same findings", "[store][shard]") {
  const auto docs = corpus();
  Extraction x = extract_claims(docs, testing::default_pack(), 1);
  std::stringstream file;
  write_claim_records(docs, x, {}, file);
  TempDir dir;
  const fs::path path = dir.path / "claims.jsonl";
  write_bytes(path, file.str());
  ClaimFiles back = read_claim_files({path.string()});
  CHECK(back.errors.empty());
  REQUIRE(back.documents.size() == docs.size());
  REQUIRE(back.extraction.claims.size() == x.claims.size());
  for (size_t i = 0; i < x.claims.size(); ++i) require_same(x.claims[i], back.extraction.claims[i]);
  CHECK(back.extraction.mentions == x.mentions);
  CHECK(back.extraction.claims_per_document == x.claims_per_document);
  for (size_t i = 0; i < docs.size(); ++i) CHECK(back.documents[i].text.size() == docs[i].text.size());
  const AuditResult a = reconcile(docs, testing::default_pack(), x);
  const AuditResult b = reconcile(back.documents, testing::default_pack(), back.extraction);
  REQUIRE(a.findings.size() == b.findings.size());
  for (size_t i = 0; i < a.findings.size(); ++i)
    CHECK(testing::summarize(a.findings[i], docs) + a.findings[i].id ==
          testing::summarize(b.findings[i], back.documents) + b.findings[i].id);
}

TEST_CASE("claim files: a bad document record is named by file and line, its claims skipped", "[store][shard]") {
  const auto docs = load_corpus({"tests/fixtures/schedule-slip/vardenne"}).documents;
  Extraction x = extract_claims(docs, testing::default_pack(), 1);
  std::stringstream file;
  write_claim_records(docs, x, {}, file);
  std::vector<std::string> lines;
  for (std::string line; std::getline(file, line);) lines.push_back(line);
  REQUIRE(lines.size() == 6);  // three documents, one claim each
  nlohmann::json header = nlohmann::json::parse(lines[0]);
  header["size"] = 10;  // shorter than its own excerpt
  lines[0] = header.dump();
  lines.push_back(lines[2]);  // the second document again
  lines.push_back(lines[3]);
  TempDir dir;
  const fs::path path = dir.path / "bad.jsonl";
  std::string bytes;
  for (const std::string& l : lines) bytes += l + "\n";
  write_bytes(path, bytes);
  const ClaimFiles back = read_claim_files({path.string()});
  REQUIRE(back.errors.size() == 4);
  CHECK(back.errors[0].to_string() == path.string() + ":1: bad document record: excerpts/0: overlaps the excerpt "
                                                      "before it or lies outside the document; its claims are skipped");
  CHECK(back.errors[1].to_string() == path.string() + ":2: a claim record without a good document record before it");
  CHECK(back.errors[2].to_string().find(path.string() + ":7: bad document record: document " + docs[1].path +
                                        " was already read (" + path.string() + ":3)") == 0);
  CHECK(back.errors[3].to_string() == path.string() + ":8: a claim record without a good document record before it");
  CHECK(back.documents.size() == 2);
  CHECK(back.extraction.claims.size() == 2);
}

TEST_CASE("claim store: locked by another process, it is left alone (waits 10 s, then a warning)", "[store]") {
  TempDir dir;
  const std::string db = (dir.path / "claims.db").string();
  const auto docs = corpus();
  audit_through(db, docs);
  sqlite3* other = nullptr;
  REQUIRE(sqlite3_open(db.c_str(), &other) == SQLITE_OK);
  REQUIRE(sqlite3_exec(other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr) == SQLITE_OK);
  {
    ClaimStore store(db, rules_key(rules_dir()), docs);
    Extraction x = extract_claims(docs, testing::default_pack(), 2, &store);
    CHECK(store.commit() == "");
    CHECK(store.warnings() == std::vector<std::string>{db + ": locked by another process; extracting without the store"});
    CHECK(store.claim_hits() == 0);
    const AuditResult r = reconcile(docs, testing::default_pack(), std::move(x));
    CHECK(r.claims.size() == run_audit(docs, testing::default_pack(), 1).claims.size());
  }
  sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
  sqlite3_close(other);
  size_t hits = 0;
  std::vector<std::string> warnings;
  CHECK(audit_through(db, docs, &warnings, &hits) == audit_plain(docs));
  CHECK(warnings.empty());
  CHECK(hits == docs.size());  // the other process's store was not rebuilt
}

TEST_CASE("claim store: locked by another process when kept-back claims are read: left alone, not rebuilt (waits 10 s)",
          "[store][findings]") {
  TempDir dir;
  const std::string db = (dir.path / "claims.db").string();
  const auto docs = corpus();
  audit_through(db, docs);
  {
    ClaimStore store(db, rules_key(rules_dir()), docs);
    Extraction x = extract_claims(docs, testing::default_pack(), 2, &store);
    CHECK(store.commit() == "");
    CHECK(store.warnings().empty());
    // Another audit takes the file between this run's extraction and its reading of kept-back claims.
    sqlite3* other = nullptr;
    REQUIRE(sqlite3_open(db.c_str(), &other) == SQLITE_OK);
    REQUIRE(sqlite3_exec(other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr) == SQLITE_OK);
    CHECK_FALSE(store.deferred_claims({0}, 1));
    CHECK(store.warnings() == std::vector<std::string>{db + ": locked by another process; extracting without the store"});
    sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(other);
  }
  size_t hits = 0;
  std::vector<std::string> warnings;
  CHECK(audit_through(db, docs, &warnings, &hits) == audit_plain(docs));
  CHECK(warnings.empty());
  CHECK(hits == docs.size());  // the store was not deleted and rebuilt
}
