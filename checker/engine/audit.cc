// The whole audit: extraction (a map over documents), then reconciliation (a group-by).
#include "checker/engine/audit.h"

#include "checker/engine/extraction.h"
#include "checker/engine/reconcile.h"

namespace checker {

AuditResult run_audit(const std::vector<Document>& documents, const RulePack& pack, unsigned jobs,
                      const AuditProgress& progress) {
  return reconcile(documents, pack, extract_claims(documents, pack, jobs, nullptr, nullptr, progress));
}

}  // namespace checker
