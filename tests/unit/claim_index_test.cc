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
