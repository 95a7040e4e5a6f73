// The extraction step of `checker audit`, in its three forms: plain, with the store, from files.
#include "checker/cli/audit_sources.h"

#include <iostream>
#include <optional>

#include "checker/engine/extraction.h"
#include "checker/engine/reconcile.h"
#include "checker/store/claim_file.h"
#include "checker/store/claim_store.h"

namespace checker {
namespace {

// Streamed documents keep, from here on, what the reports read of their text.
void keep_summaries(std::vector<Document>* documents, Extraction* extraction) {
  for (size_t i = 0; i < documents->size() && i < extraction->summaries.size(); ++i)
    if ((*documents)[i].streamed) (*documents)[i].summary = std::move(extraction->summaries[i]);
  std::vector<TextSummary>().swap(extraction->summaries);
}

// Prints the store's warnings from the `already`-th on, and `problem` unless it is the last of
// them; returns how many warnings have been printed.
size_t report_store(const ClaimStore* store, const std::string& problem, size_t already) {
  const std::vector<std::string>& warnings = store->warnings();
  for (size_t i = already; i < warnings.size(); ++i) std::cerr << "checker: warning: " << warnings[i] << "\n";
  if (!problem.empty() && (warnings.empty() || warnings.back() != problem))
    std::cerr << "checker: warning: " << problem << "\n";
  return warnings.size();
}

// Extraction's errors: skipped documents.
void skip_unread(Corpus* corpus, const Extraction& extraction) {
  for (const Error& e : extraction.errors) std::cerr << "checker: skipped " << e.to_string() << "\n";
  corpus->skipped.insert(corpus->skipped.end(), extraction.errors.begin(), extraction.errors.end());
}

// The store's claims without its findings: every group is reconciled, none kept.
class ClaimsOnly final : public FindingsCache {
 public:
  explicit ClaimsOnly(ClaimStore* store) : store_(store) {}
  std::optional<std::vector<RuleFinding>> findings(const ClaimIndex&, const ClaimIndex::Key&,
                                                   const std::vector<GroupDocument>&, ClaimList*) override {
    return std::nullopt;
  }
  void put_findings(const ClaimIndex&, const ClaimIndex::Key&, const std::vector<GroupDocument>&,
                    const std::vector<RuleFinding>&) override {}
  std::optional<std::vector<std::vector<Claim>>> deferred_claims(const std::vector<size_t>& documents,
                                                                unsigned jobs) override {
    return store_->deferred_claims(documents, jobs);
  }

 private:
  ClaimStore* store_;
};

}  // namespace

AuditResult audit_claims(const AuditOptions& o, const RulePack& pack, Corpus* corpus, ClaimStore* store,
                         const AuditProgress& progress) {
  if (!o.claim_files.empty()) {
    ClaimFiles files = read_claim_files(o.claim_files);
    for (const Error& e : files.skipped) std::cerr << "checker: skipped " << e.to_string() << "\n";
    for (const Error& e : files.errors) std::cerr << "checker: skipped " << e.to_string() << "\n";
    corpus->documents = std::move(files.documents);
    corpus->skipped = std::move(files.skipped);
    corpus->skipped.insert(corpus->skipped.end(), files.errors.begin(), files.errors.end());
    return reconcile(corpus->documents, pack, std::move(files.extraction));
  }
  if (!store) {
    Extraction extraction = extract_claims(corpus->documents, pack, o.jobs, nullptr, nullptr, progress);
    keep_summaries(&corpus->documents, &extraction);
    skip_unread(corpus, extraction);
    return reconcile(corpus->documents, pack, std::move(extraction));
  }
  store->set_documents(corpus->documents);
  Extraction extraction = extract_claims(corpus->documents, pack, o.jobs, store, nullptr, progress);
  size_t warned = report_store(store, store->commit(), 0);
  keep_summaries(&corpus->documents, &extraction);
  skip_unread(corpus, extraction);
  // A document not read again this time has no claims now, whatever its key says: the groups'
  // findings are neither taken from the store nor kept in it (only the claims it kept back are).
  const bool cache_findings = extraction.errors.empty();
  ClaimsOnly claims_only(store);
  FindingsCache& cache = cache_findings ? static_cast<FindingsCache&>(*store) : claims_only;
  std::optional<AuditResult> result =
      reconcile_through(corpus->documents, pack, std::move(extraction), cache, o.jobs);
  if (!result) {
    // The store could not give the claims it kept back: damaged (it is rebuilt) or locked by
    // another audit (it is left alone). It answers nothing now, so every document is extracted
    // again (none is kept back).
    warned = report_store(store, "", warned);
    Extraction again = extract_claims(corpus->documents, pack, o.jobs, store);
    warned = report_store(store, store->commit(), warned);
    keep_summaries(&corpus->documents, &again);
    result = reconcile_through(corpus->documents, pack, std::move(again), cache, o.jobs);
  }
  if (cache_findings) report_store(store, store->commit_findings(), warned);
  return std::move(*result);
}

}  // namespace checker
