// The languages the value grammars know.
#pragma once

#include <string>

namespace checker {

enum class Lang { kFr, kEn };

/// "fr" -> kFr, "en" -> kEn; anything else -> kFr (the seeds' language) with *known = false.
Lang lang_from_code(const std::string& code, bool* known = nullptr);

}  // namespace checker
