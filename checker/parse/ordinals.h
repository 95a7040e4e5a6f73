// Ordinals read as the denominator of a fraction in words: "thirds", "a fifth", "cinquièmes",
// "twenty-fifth", "vingt et unième". Part of the fraction grammar (see fraction.h).
#pragma once

#include <optional>
#include <string_view>

#include <boost/spirit/home/x3.hpp>

namespace checker {

struct Denominator {
  double value = 0;
  bool plural = false;
};

/// Ordinals that name a fraction on their own ("a fifth", "un cinquième", "half", "tiers"),
/// English when `en`, French otherwise, singular and plural, capitalized too.
const boost::spirit::x3::symbols<Denominator>& denominators(bool en);

/// A denominator at `*pos`: a simple ordinal, or tens + unit ("twenty-fifth", "vingt et
/// unième"), ending at a word end. Advances `*pos` past it; nullopt (and `*pos` unchanged) if none.
std::optional<Denominator> denominator_at(std::string_view text, size_t* pos, bool en);

}  // namespace checker
