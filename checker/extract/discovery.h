// Discovering subjects the rule packs do not list: proper names governed by a head noun
// ("le pont de Vardenne", "the Halden Bay wind farm"), names introduced with their acronym
// ("Organisation du traité de sécurité collective (OTSC)") and numbered names ("Ariane 6").
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "checker/core/claim.h"
#include "checker/extract/lexicon.h"

namespace checker {

struct DiscoveredPhrase {
  Span phrase;          // "pont de Vardenne", "Organisation … collective (OTSC)", "Ariane 6"
  std::string head;     // "pont"; empty for acronyms and numbered names
  std::string proper;   // "Vardenne": the name the subject is known by
  std::string acronym;  // "OTSC" when the text introduces one
};

/// A person's name without a head noun ("Tayler Mane"; discover_bare_names in discovery.cc):
/// neither a head, nor an acronym, nor a number. A corpus keeps such a name as a subject only when
/// two of its documents write it.
bool is_bare_name(const std::string& head, const std::string& proper, const std::string& acronym);

/// Discovered names in [begin, end) of `text`, in text order. RE2 over the original text,
/// since capitals matter; linear in the text.
std::vector<DiscoveredPhrase> discover_phrases(std::string_view text, size_t begin, size_t end,
                                               const Lexicon& lex);

}  // namespace checker
