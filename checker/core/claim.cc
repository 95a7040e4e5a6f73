// Names of modalities.
#include "checker/core/claim.h"

namespace checker {

const char* modality_name(Modality m) {
  switch (m) {
    case Modality::kActual: return "actual";
    case Modality::kPlanned: return "planned";
    case Modality::kPostponed: return "postponed";
    case Modality::kInitial: return "initial";
    case Modality::kNegated: return "negated";
    case Modality::kHedged: return "hedged";
  }
  return "actual";
}

std::optional<Modality> modality_from_name(const std::string& name) {
  for (Modality m : {Modality::kActual, Modality::kPlanned, Modality::kPostponed,
                     Modality::kInitial, Modality::kNegated, Modality::kHedged})
    if (name == modality_name(m)) return m;
  return std::nullopt;
}

}  // namespace checker
