// Where an audit's claims come from: the documents (extracted now, or through the claim store)
// or claim files written by `checker claims` (reconciled only).
#pragma once

#include "checker/cli/commands.h"
#include "checker/corpus/loader.h"
#include "checker/engine/audit.h"
#include "checker/engine/rule_pack.h"
#include "checker/store/claim_store.h"

namespace checker {

/// With `--claims`, fills `corpus` from the claim files (their problems go to corpus->skipped);
/// else extracts from corpus->documents, through `store` (the `--store` file, opened before the
/// corpus was loaded; null without one; its problems are warnings on standard error). Then reconciles.
/// `progress` hears of the extraction, as run_audit's does.
AuditResult audit_claims(const AuditOptions& o, const RulePack& pack, Corpus* corpus, ClaimStore* store,
                         const AuditProgress& progress = {});

}  // namespace checker
