// Core types: dates at a precision, their intervals and order; compact fields; phrase matching limits.
#include <catch2/catch.hpp>

#include <string>
#include <thread>
#include <vector>

#include "checker/core/date.h"
#include "checker/core/interned_string.h"
#include "checker/core/optional_date.h"
#include "checker/core/optional_real.h"
#include "checker/core/subject_set.h"
#include "checker/extract/phrase_matcher.h"
#include "checker/text/fold.h"

using checker::parse_iso_date;

TEST_CASE("metadata dates keep their precision and cover an interval", "[core]") {
  CHECK(parse_iso_date("2023-11")->timex() == "2023-11");
  CHECK(parse_iso_date("2023-11")->first_iso() == "2023-11-01");
  CHECK(parse_iso_date("2023-11")->last_iso() == "2023-11-30");
  CHECK(parse_iso_date("2024")->last_iso() == "2024-12-31");
  CHECK(parse_iso_date("2024-02-29")->timex() == "2024-02-29");
  CHECK_FALSE(parse_iso_date("2023-02-29"));
  CHECK_FALSE(parse_iso_date("2023-13"));
  CHECK_FALSE(parse_iso_date("23-11"));
  CHECK_FALSE(parse_iso_date("2023-1-5"));
  CHECK_FALSE(parse_iso_date("November 2023"));
}

TEST_CASE("TIMEX3 forms: every precision, zero-padded as fmt's {:04d}, negative and five-digit years", "[core]") {
  using checker::PartialDate;
  using checker::Precision;
  auto at = [](int year, int month, int day, int part, Precision p) {
    PartialDate d;
    d.year = year;
    d.month = month;
    d.day = day;
    d.part = part;
    d.precision = p;
    return d.timex();
  };
  CHECK(at(2024, 3, 7, 0, Precision::kDay) == "2024-03-07");
  CHECK(at(987, 11, 0, 0, Precision::kMonth) == "0987-11");
  CHECK(at(5, 0, 0, 0, Precision::kYear) == "0005");
  CHECK(at(-5, 0, 0, 0, Precision::kYear) == "-005");
  CHECK(at(-12345, 0, 0, 0, Precision::kYear) == "-12345");
  CHECK(at(12345, 1, 2, 0, Precision::kDay) == "12345-01-02");
  CHECK(at(2024, 0, 0, 3, Precision::kQuarter) == "2024-Q3");
  CHECK(at(2024, 0, 0, 2, Precision::kHalf) == "2024-H2");
  CHECK(at(2024, 0, 0, 4, Precision::kSeason) == "2024-WI");
  CHECK(at(2020, 0, 0, 0, Precision::kDecade) == "202X");
  CHECK(at(90, 0, 0, 0, Precision::kDecade) == "009X");
  CHECK(at(2024, 12, 30, 0, Precision::kWeek) == "2025-W01");  // Monday of ISO week 1 of 2025
  CHECK(at(2003, 1, 27, 1, Precision::kWeek) == "2003-W05-WE");
  CHECK(at(0, 11, 27, 0, Precision::kDay) == "XXXX-11-27");
  CHECK(at(0, 4, 0, 0, Precision::kMonth) == "XXXX-04");
  CHECK(at(0, 0, 0, 2, Precision::kSeason) == "XXXX-SU");
  CHECK(at(0, 0, 0, 1, Precision::kWeek) == "XXXX-WXX-WE");
  CHECK(at(0, 0, 0, 0, Precision::kWeek) == "XXXX-WXX");
  CHECK(at(0, 0, 0, 0, Precision::kYear) == "XXXX");
}

TEST_CASE("dates order by first day, a year before its own December", "[core]") {
  CHECK(checker::date_less(*parse_iso_date("2025"), *parse_iso_date("2025-12")));
  CHECK(checker::date_less(*parse_iso_date("2024-12"), *parse_iso_date("2025")));
  CHECK_FALSE(checker::date_less(*parse_iso_date("2025-12"), *parse_iso_date("2025")));
}

TEST_CASE("phrase matching: folded, longest first, at word boundaries", "[core][extract]") {
  checker::PhraseMatcher m({"premier lancement", "lancement", "mise en service"});
  const auto hits = m.find_all(checker::fold("Le Premier  Lancement et la mise en service; relancement"));
  REQUIRE(hits.size() == 2);
  CHECK(hits[0].index == 0);
  CHECK(hits[1].index == 2);
}

TEST_CASE("a phrase list too large for its memory bound reports an error", "[core][extract]") {
  std::vector<std::string> phrases;
  for (int i = 0; i < 2000; ++i) phrases.push_back("phrase numero " + std::to_string(i * 7919));
  checker::PhraseMatcher m(phrases, 4096);
  CHECK_FALSE(m.error().empty());
  CHECK(m.find_all("phrase numero 0").empty());
}

TEST_CASE("regression: a month outside 1-12 has no days (fuzz_grammars on \"0/11/2025\")") {
  CHECK(checker::days_in_month(2025, 0) == 0);
  CHECK(checker::days_in_month(2025, 13) == 0);
  CHECK(checker::days_in_month(2024, 2) == 29);
  CHECK(checker::days_in_month(2025, 12) == 31);
}

TEST_CASE("interned strings: one copy per text, compared and ordered as the text", "[core]") {
  using checker::InternedString;
  const InternedString a = std::string("finance.cost"), b = "finance.cost", c = "finance.budget";
  CHECK(&a.str() == &b.str());  // the same copy
  CHECK(a == b);
  CHECK(a != c);
  CHECK(c < a);  // by text, not by address: sorted output does not depend on interning order
  CHECK(a == std::string("finance.cost"));
  CHECK(a == "finance.cost");
  CHECK(std::string("x.") + a == "x.finance.cost");
  CHECK(InternedString().empty());
  CHECK(&InternedString().str() == &InternedString(std::string()).str());
  const std::string& as_string = a;  // reads as the std::string it replaced
  CHECK(as_string.size() == 12);
  const size_t before = InternedString::pool_size();
  const InternedString again = std::string("finance.") + "cost";
  CHECK(InternedString::pool_size() == before);
  CHECK(again == a);
}

TEST_CASE("interned strings: many texts sharing a thread's remembered slots each keep their own copy", "[core]") {
  using checker::InternedString;
  // More texts than the per-thread table has slots: slots are shared and overwritten, and every
  // text must still come back as its own copy, the same one every time, from any thread.
  std::vector<InternedString> first;
  for (int i = 0; i < 5000; ++i) first.emplace_back(std::string("attr.") + std::to_string(i));
  for (int i = 4999; i >= 0; --i) {
    const InternedString again = std::string("attr.") + std::to_string(i);
    CHECK(again.str() == "attr." + std::to_string(i));
    CHECK(&again.str() == &first[static_cast<size_t>(i)].str());
  }
  std::thread other([&] {
    for (int i = 0; i < 5000; i += 7)
      CHECK(&InternedString(std::string("attr.") + std::to_string(i)).str() == &first[static_cast<size_t>(i)].str());
  });
  other.join();
}

TEST_CASE("a claim's optional date and bounds read as the std::optional they replace", "[core]") {
  using checker::OptionalDate;
  using checker::OptionalReal;
  OptionalDate d;
  CHECK_FALSE(d.has_value());
  CHECK_FALSE(std::optional<checker::PartialDate>(d).has_value());
  d = *parse_iso_date("2025-12");
  REQUIRE(d);
  CHECK(d->timex() == "2025-12");
  d->mod = "AFTER";  // written through, as the extraction does for a cited event
  CHECK(std::optional<checker::PartialDate>(d)->timex() == "2025-12");
  CHECK(d->mod == "AFTER");
  d = std::nullopt;
  CHECK_FALSE(d);
  CHECK(OptionalDate(parse_iso_date("2024-02-29"))->first_iso() == "2024-02-29");
  CHECK_FALSE(OptionalDate(parse_iso_date("2024-02-30")));

  OptionalReal r;
  CHECK_FALSE(r);
  CHECK(r.value_or(7) == 7);
  r = 0.0;  // zero is a bound, not none
  REQUIRE(r);
  CHECK(*r == 0);
  *r += 1.5;
  CHECK(std::optional<double>(r) == 1.5);
  CHECK(r == OptionalReal(1.5));
  CHECK(r != OptionalReal());
  CHECK(OptionalReal() == OptionalReal(std::optional<double>()));
  r.reset();
  CHECK_FALSE(r.has_value());
}

TEST_CASE("a document's subjects: each id once, in the order of their texts", "[core]") {
  using checker::InternedString;
  checker::SubjectSet s = {"vardenne", "halden"};
  s.insert(InternedString("halden"));
  s.insert(s.end(), InternedString("baltic"));
  REQUIRE(s.size() == 3);
  std::vector<std::string> in_order;
  for (const InternedString& id : s) in_order.push_back(id.str());
  CHECK(in_order == std::vector<std::string>{"baltic", "halden", "vardenne"});
  CHECK(s.count("halden") == 1);
  CHECK(s.count("hal") == 0);
  CHECK(s.count("zz") == 0);
  CHECK(s == checker::SubjectSet{"baltic", "vardenne", "halden"});
  CHECK(s != checker::SubjectSet{"baltic", "vardenne"});
}
