// Language codes.
#include "checker/parse/lang.h"

namespace checker {

Lang lang_from_code(const std::string& code, bool* known) {
  if (known) *known = (code == "fr" || code == "en");
  return code == "en" ? Lang::kEn : Lang::kFr;
}

}  // namespace checker
