// Ages told from lengths of time by the words around a count of years.
#include "checker/extract/age.h"

#include <cctype>

namespace checker {
namespace {

bool ascii_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

// The word that ends just before `pos` (after skipping one space), as written.
std::string_view word_before(std::string_view text, size_t begin, size_t pos) {
  if (pos <= begin || text[pos - 1] != ' ') return {};
  size_t s = pos - 1;
  while (s > begin && text[s - 1] != ' ' && text[s - 1] != '\n' && text[s - 1] != '\'') --s;
  return text.substr(s, pos - 1 - s);
}

}  // namespace

bool is_age(std::string_view text, size_t begin, size_t start, size_t length, const std::string& timex) {
  if (timex.size() < 2 || timex.back() != 'Y' || timex[1] == 'T') return false;
  auto before = [&](std::string_view word) {
    return start >= begin + word.size() && text.substr(start - word.size(), word.size()) == word;
  };
  const size_t stop = start + length;
  const char after = stop < text.size() ? text[stop] : '\0';
  if (before("(") && after == ')') return true;
  if (text.substr(stop, 4) == " old") return true;
  if (before(", ") && (after == ',' || after == ')' || after == '.' || after == ';')) return true;
  // "les moins de 17 ans", "des 0-6 ans", "les 6-16 ans": age groups.
  for (std::string_view w : {"moins de ", "plus de "})
    if ((before("les ") || before("Les ")) && text.substr(start, w.size()) == w) return true;  // under a qualifier
  for (std::string_view w : {"les moins de ", "les plus de ", "Les moins de ", "Les plus de "})
    if (before(w)) return true;
  {
    size_t s = start;
    if (s > begin && text[s - 1] == '-') {
      --s;
      while (s > begin && ascii_digit(text[s - 1])) --s;
    }
    if (s < start - 1 && s >= begin + 4 && (text.substr(s - 4, 4) == "des " || text.substr(s - 4, 4) == "les "))
      return true;
    if (start >= begin + 5 && text.substr(start, length).find('-') != std::string_view::npos &&
        (before("des ") || before("les ")))
      return true;
  }
  for (std::string_view w : {"âgé de ", "âgée de ", "âgés de ", "âgées de ", "âge de ", "aged "})
    if (before(w)) return true;
  for (std::string_view w : {"Âgé de ", "Âgée de ", "Agé de ", "Agée de ", "agé de ", "agée de ", "Aged "})
    if (before(w)) return true;
  // "des enfants de 2 à 8 ans": the second end of a range of ages is an age too.
  size_t from = start;
  if (before(" \xC3\xA0 ")) {
    size_t s = start - 4;
    while (s > begin && ascii_digit(text[s - 1])) --s;
    if (s < start - 4) from = s;
  }
  if (from >= begin + 4 && text.substr(from - 4, 4) == " de " && text.substr(stop, 4) != " de " &&
      text.substr(stop, 3) != " d'" && text.substr(stop, 5) != " d\xE2\x80\x99") {
    static const char* const kTakesLength[] = {
        "peine",  "période", "periode", "délai",  "mandat",  "durée",  "bout",    "terme",     "espace",
        "contrat", "absence", "plan",   "programme", "moyenne", "retard", "avance", "séjour",   "cycle",
        "intervalle", "près", "plus",   "moins",  "environ", "quelque", "lieu",   "cours",   "suite",
        "total",  "minimum", "maximum", "âge",    "horizon", "exil",   "carrière", "existence", "vie"};
    const std::string_view w = word_before(text, begin, from - 3);
    bool length_noun = w.empty();
    for (const char* n : kTakesLength) {
      const std::string_view noun(n);
      length_noun = length_noun || w == noun || (w.size() == noun.size() + 1 && w.substr(0, noun.size()) == noun && w.back() == 's');
    }
    if (!length_noun) return true;
  }
  return false;
}

}  // namespace checker
