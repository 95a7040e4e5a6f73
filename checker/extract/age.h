// Ages are not lengths of time: "Pierre, 19 ans, …" is how old Pierre is, not how long anything took.
#pragma once

#include <string>
#include <string_view>

namespace checker {

/// True when the count of years at [start, start + length) of `text` (a TIMEX3 duration
/// `timex` such as "P19Y"; other units are never ages) is an age: "Pierre, 19 ans,", "(87 ans)",
/// "âgé de 54 ans", "les moins de 17 ans", "des 0-6 ans", "une fillette de 6 ans", "des enfants
/// de 2 à 8 ans", "thirty years old". A length keeps "de" after a word that takes one ("une
/// peine de 2 ans", "au bout de 3 ans") or a complement after it ("de 2 ans de prison").
/// `begin` is where the scanned text starts: nothing before it is looked at.
bool is_age(std::string_view text, size_t begin, size_t start, size_t length, const std::string& timex);

}  // namespace checker
