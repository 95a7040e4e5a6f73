// The group-by half of the audit: claims grouped by (subject, family), every rule once.
#pragma once

#include <vector>

#include "checker/core/document.h"
#include "checker/engine/audit.h"
#include "checker/engine/extraction.h"
#include "checker/engine/rule_pack.h"

namespace checker {

/// Runs the pack's rules over extracted claims and fingerprints the findings. `documents`
/// need their metadata and the text under every claim (a claim file's excerpts will do).
AuditResult reconcile(const std::vector<Document>& documents, const RulePack& pack, Extraction extraction);

}  // namespace checker
