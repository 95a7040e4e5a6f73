// The keys of the claim store: which document (by content), which rules and checker.
#pragma once

#include <string>

#include "checker/core/document.h"

namespace checker {

/// Bumped whenever what the claim store keeps changes shape.
inline constexpr const char* kClaimStoreSchema = "6";
inline constexpr const char* kClaimStoreFormat = "checker-claim-store";

/// The key of a rules directory and this checker: the files the rule pack is loaded from
/// (rule_pack_files: names and bytes), the checker version and the store's schema version.
std::string rules_key(const std::string& rules_dir);

/// The key of one document: its bytes and every metadata field but its path.
std::string document_key(const Document& d);

}  // namespace checker
