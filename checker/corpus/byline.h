// A publication date written in the text itself: a line such as "Le 09/11/2025",
// "Publié le 3 mars 2021" or "Published March 3, 2021".
#pragma once

#include <optional>
#include <string_view>

#include "checker/core/date.h"
#include "checker/parse/lang.h"

namespace checker {

/// Finds a byline date: a line of its own made of an introducer ("Le", "Publié le",
/// "Published", "Published on") and a full date, and nothing else. The first such line wins.
std::optional<PartialDate> find_byline_date(std::string_view body);

}  // namespace checker
