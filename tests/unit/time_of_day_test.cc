// Clock times and parts of the day.
#include <catch2/catch.hpp>

#include "checker/parse/time_of_day.h"

using checker::Lang;

namespace {

std::string clock(std::string_view text, Lang lang = Lang::kFr) {
  auto t = checker::parse_clock(text, lang);
  return t ? t->timex + "/" + std::to_string(t->length) : "none";
}

}  // namespace

TEST_CASE("clock times", "[parse][time]") {
  CHECK(clock("18 h") == "T18:00/4");
  CHECK(clock("20 h 30 locales") == "T20:30/7");
  CHECK(clock("19h30") == "T19:30/5");
  CHECK(clock("6 pm", Lang::kEn) == "T18:00/4");
  CHECK(clock("18:30", Lang::kEn) == "T18:30/5");
}

TEST_CASE("after 'à', French hours in words are a clock time", "[parse][time]") {
  CHECK(checker::parse_clock("15 heures", Lang::kFr, true)->timex == "T15:00");
  CHECK(checker::parse_clock("15 heures 30", Lang::kFr, true)->timex == "T15:30");
  CHECK_FALSE(checker::parse_clock("15 heures", Lang::kFr, false));
}

TEST_CASE("what is not a clock time", "[parse][time]") {
  CHECK(clock("3 hélicoptères") == "none");
  CHECK(clock("2024") == "none");
  CHECK(clock("30 heures") == "none");
  CHECK(clock("6 people", Lang::kEn) == "none");
}

TEST_CASE("parts of the day", "[parse][time]") {
  CHECK(checker::parse_day_part(" soir", Lang::kFr)->timex == "TEV");
  CHECK(checker::parse_day_part(" après-midi", Lang::kFr)->timex == "TAF");
  CHECK_FALSE(checker::parse_day_part(" soirées", Lang::kFr));
  CHECK(checker::parse_this_day_part("ce soir", Lang::kFr)->timex == "TEV");
  CHECK(checker::parse_present("désormais", Lang::kFr)->timex == "PRESENT_REF");
  CHECK_FALSE(checker::parse_present("nowhere", Lang::kEn));
}
