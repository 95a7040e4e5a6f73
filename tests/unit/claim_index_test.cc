// The claim index: claims grouped by (subject, family), and which documents name a subject.
#include <catch2/catch.hpp>

#include "checker/engine/claim_index.h"

using checker::Claim;
using checker::ClaimIndex;
using checker::Document;

TEST_CASE("documents_mentioning lists the documents naming a subject, in document order") {
  const std::vector<Document> documents(4);
  Claim c;
  c.document = 2;
  c.subject_id = "bridge";
  c.family = "measure";
  const checker::ClaimList claims{c};  // the index points into it
  const ClaimIndex index(documents, claims, {{"bridge", "tunnel"}, {}, {"tunnel"}, {"bridge"}});
  CHECK(index.documents_mentioning("bridge") == std::vector<uint32_t>{0, 3});
  CHECK(index.documents_mentioning("tunnel") == std::vector<uint32_t>{0, 2});
  CHECK(index.documents_mentioning("airport").empty());
  REQUIRE(index.groups().size() == 1);
  CHECK(index.groups().begin()->first == ClaimIndex::Key{"bridge", "measure"});
}

TEST_CASE("claims go to their (subject, family) group in corpus order, runs and interleavings alike") {
  const std::vector<Document> documents(2);
  auto claim = [](uint32_t document, const char* subject, const char* family, uint32_t at) {
    Claim c;
    c.document = document;
    c.subject_id = subject;
    c.family = family;
    c.span = {at, at + 1};
    return c;
  };
  // bridge/measure twice in a row, then tunnel, bridge/date (same subject, other family),
  // bridge/measure again, a claim without a subject, and bridge/measure in the next document.
  const checker::ClaimList claims{claim(0, "bridge", "measure", 1), claim(0, "bridge", "measure", 2),
                                  claim(0, "tunnel", "measure", 3), claim(0, "bridge", "date", 4),
                                  claim(0, "bridge", "measure", 5), claim(0, "", "measure", 6),
                                  claim(1, "bridge", "measure", 7)};
  const ClaimIndex index(documents, claims, {{"bridge", "tunnel"}, {"bridge"}});
  REQUIRE(index.groups().size() == 3);
  auto starts = [&](const char* subject, const char* family) {
    std::vector<uint32_t> out;
    for (const Claim* c : index.groups().at({subject, family})) out.push_back(c->span.start);
    return out;
  };
  CHECK(starts("bridge", "measure") == std::vector<uint32_t>{1, 2, 5, 7});
  CHECK(starts("bridge", "date") == std::vector<uint32_t>{4});
  CHECK(starts("tunnel", "measure") == std::vector<uint32_t>{3});
}
