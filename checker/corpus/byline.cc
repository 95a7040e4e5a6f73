// Byline dates: RE2 finds candidate lines, the date grammar must consume the rest of the line.
#include "checker/corpus/byline.h"

#include <string>

#include <re2/re2.h>

#include "checker/parse/date.h"

namespace checker {

std::optional<PartialDate> find_byline_date(std::string_view body) {
  static const RE2 kLine(R"((?m)^[ \t]*(?:(Publié le|Mis à jour le|Le|le)|(Published on|Published|Updated on|Updated))[ \t]+([^\n\r]{4,40}?)[ \t.]*\r?$)");
  // RE2's (?m) starts lines after LF only: a file whose lines end with a lone CR (old Mac) is
  // scanned as a copy with those CRs made LFs (same length; only the date text is kept).
  std::string lf;
  for (size_t i = body.find('\r'); i != std::string_view::npos; i = body.find('\r', i + 1)) {
    if (i + 1 < body.size() && body[i + 1] == '\n') continue;
    if (lf.empty()) lf.assign(body);
    lf[i] = '\n';
  }
  if (!lf.empty()) body = lf;
  re2::StringPiece input(body.data(), body.size());
  re2::StringPiece fr, en, date;
  while (RE2::FindAndConsume(&input, kLine, &fr, &en, &date)) {
    const Lang lang = !fr.empty() ? Lang::kFr : Lang::kEn;
    const std::string_view text(date.data(), date.size());
    auto parsed = parse_date(text, lang, std::nullopt);
    if (parsed && parsed->length == text.size() && parsed->value.resolved &&
        parsed->value.date.mod.empty())
      return parsed->value.date;
  }
  return std::nullopt;
}

}  // namespace checker
