// The group-by half of the audit: claims grouped by (subject, family), every rule once.
#pragma once

#include <optional>
#include <vector>

#include "checker/core/document.h"
#include "checker/engine/audit.h"
#include "checker/engine/extraction.h"
#include "checker/engine/findings_cache.h"
#include "checker/engine/rule_pack.h"

namespace checker {

/// Runs the pack's rules over extracted claims and fingerprints the findings. `documents`
/// need their metadata and the text under every claim (a claim file's excerpts will do).
/// `extraction` keeps no claims back (Extraction::deferred is empty).
AuditResult reconcile(const std::vector<Document>& documents, const RulePack& pack, Extraction extraction);

/// The same through a cache: a group it answers for is not reconciled again, and every group
/// reconciled is put in it; claims it kept back are asked for (on `jobs` threads) only for the
/// groups reconciled. The findings are the same, in the same order, as without it. Nullopt when
/// the cache cannot give the claims it kept back (extract again without it); never when it kept
/// none back.
std::optional<AuditResult> reconcile_through(const std::vector<Document>& documents, const RulePack& pack,
                                             Extraction extraction, FindingsCache& cache, unsigned jobs);

}  // namespace checker
