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
  if (store) {
    const std::string problem = store->commit();
    for (const std::string& w : store->warnings()) std::cerr << "checker: warning: " << w << "\n";
    if (!problem.empty() && (store->warnings().empty() || store->warnings().back() != problem))
      std::cerr << "checker: warning: " << problem << "\n";
  }
  keep_summaries(&corpus->documents, &extraction);
  for (const Error& e : extraction.errors) std::cerr << "checker: skipped " << e.to_string() << "\n";
  corpus->skipped.insert(corpus->skipped.end(), extraction.errors.begin(), extraction.errors.end());
  return reconcile(corpus->documents, pack, std::move(extraction));
}

}  // namespace checker
