// Anchored-day grammar (Boost.Spirit X3): fixed phrases, each an offset in days and maybe a part of the day.
#include "checker/parse/anchor.h"

#include "checker/parse/tables.h"

namespace checker {
namespace {

namespace x3 = boost::spirit::x3;

struct Anchor {
  int offset = 0;
  const char* part = "";
};

const x3::symbols<Anchor>& phrases() {
  static const x3::symbols<Anchor> fr = [] {
    x3::symbols<Anchor> s;
    for (const char* apos : {"'", "\xE2\x80\x99"}) tables::add_capitalized(s, std::string("l") + apos + "avant-veille", Anchor{-2});
    for (auto w : {"le lendemain", "lendemain"}) tables::add_capitalized(s, w, Anchor{1});
    tables::add_capitalized(s, "le surlendemain", Anchor{2});
    tables::add_capitalized(s, "la veille", Anchor{-1});
    for (auto w : {"le même jour", "le jour même", "ce jour-là", "ce jour-la"}) tables::add_capitalized(s, w, Anchor{0});
    tables::add_capitalized(s, "le matin même", Anchor{0, "TMO"});
    tables::add_capitalized(s, "le soir même", Anchor{0, "TEV"});
    return s;
  }();
  return fr;
}

}  // namespace

std::optional<ParsedAnchor> parse_anchor(std::string_view text, Lang lang) {
  // English is left out: its phrases ("the day after tomorrow", "the next day of the
  // competition") are as often something else.
  if (lang == Lang::kEn) return std::nullopt;
  auto first = text.begin();
  Anchor a;
  if (!x3::parse(first, text.end(), phrases(), a)) return std::nullopt;
  const size_t end = static_cast<size_t>(first - text.begin());
  if (!tables::word_ends(text, end, true)) return std::nullopt;
  return ParsedAnchor{end, a.offset, a.part};
}

}  // namespace checker
