// Guesses whether a text is French or English from its function words.
#pragma once

#include <string>
#include <string_view>

namespace checker {

/// "fr", "en", or "" when the text gives too little evidence either way.
std::string detect_lang(std::string_view text);

}  // namespace checker
