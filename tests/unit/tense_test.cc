// The tense of a clause, which decides the year of a date that leaves it out.
#include <catch2/catch.hpp>

#include "checker/extract/tense.h"

using checker::clause_tense;
using checker::Lang;
using checker::Tense;

TEST_CASE("the tense of a clause", "[extract][tense]") {
  CHECK(clause_tense("Environ 1 200 ouvriers étaient sur le chantier en juillet, contre 850 en janvier", Lang::kFr) ==
        Tense::kPast);
  CHECK(clause_tense("il a vendu l'usine le 30 juin", Lang::kFr) == Tense::kPast);
  CHECK(clause_tense("le site ouvrira en novembre", Lang::kFr) == Tense::kFuture);
  CHECK(clause_tense("les travaux vont commencer en mars", Lang::kFr) == Tense::kFuture);
  CHECK(clause_tense("le lancement était prévu en juin", Lang::kFr) == Tense::kUnknown);  // a plan
  CHECK(clause_tense("la réunion du 3 mars", Lang::kFr) == Tense::kUnknown);
  // A deadline, in any tense (French TimeBank: "M. Blair a donné jusqu'au 30 juin" is this June).
  CHECK(clause_tense("M. Blair a donné jusqu'au 30 juin aux responsables", Lang::kFr) == Tense::kUnknown);
  CHECK(clause_tense("il a estimé que sans transfert d'ici le 30 juin", Lang::kFr) == Tense::kUnknown);
  CHECK(clause_tense("sales fell in June", Lang::kEn) == Tense::kPast);
  CHECK(clause_tense("the site will open in November", Lang::kEn) == Tense::kFuture);
  CHECK(clause_tense("the launch was scheduled for June", Lang::kEn) == Tense::kUnknown);
  CHECK(clause_tense("it was closed in May but will reopen in June", Lang::kEn) == Tense::kUnknown);  // both
}
