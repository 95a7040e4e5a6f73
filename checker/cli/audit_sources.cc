// The extraction step of `checker audit`, in its three forms: plain, with the store, from files.
#include "checker/cli/audit_sources.h"

#include <iostream>

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
  if (store) store->set_documents(corpus->documents);
  Extraction extraction = extract_claims(corpus->documents, pack, o.jobs, store, nullptr, progress);
  size_t warned = 0;
  if (store) warned = report_store(store, store->commit(), 0);
  keep_summaries(&corpus->documents, &extraction);
  for (const Error& e : extraction.errors) std::cerr << "checker: skipped " << e.to_string() << "\n";
  corpus->skipped.insert(corpus->skipped.end(), extraction.errors.begin(), extraction.errors.end());
  // A document not read again this time has no claims now, whatever its key says: the groups'
  // findings are neither taken from the store nor kept in it.
  const bool cache_findings = store && extraction.errors.empty();
  AuditResult result = reconcile(corpus->documents, pack, std::move(extraction), cache_findings ? store : nullptr);
  if (cache_findings) report_store(store, store->commit_findings(), warned);
  return result;
}

}  // namespace checker
