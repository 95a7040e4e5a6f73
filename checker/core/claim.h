// A claim: one statement of a subject's attribute value, with its provenance.
#pragma once

#include <deque>
#include <optional>
#include <string>
#include <vector>

#include "checker/core/date.h"
#include "checker/core/interned_string.h"
#include "checker/core/value.h"

namespace checker {

/// How a claim holds: it happened/is, is planned, was moved, was the initial plan, is denied.
enum class Modality { kActual, kPlanned, kPostponed, kInitial, kNegated, kHedged };

const char* modality_name(Modality m);
std::optional<Modality> modality_from_name(const std::string& name);

/// Byte span [start, end) in the original document bytes.
struct Span {
  size_t start = 0;
  size_t end = 0;
};

/// The text fields are interned (core/interned_string.h): a corpus repeats a few thousand of
/// them over millions of claims.
struct Claim {
  size_t document = 0;        // index into the corpus
  InternedString subject_id;     // "" when no subject could be bound
  InternedString subject_name;
  InternedString subject_text;   // the mention as written
  InternedString attribute;      // "milestone.first-launch"
  InternedString family;         // "milestone": claims of one family are compared together
  Value value;
  Modality modality = Modality::kActual;
  std::optional<PartialDate> as_of;  // valid time, when the text gives one
  bool stable = false;        // a lasting property: without a valid time, true whenever reported
  double written_precision = 0;  // half the unit of the value's last written digit, in its
                                 // canonical unit ("40 mph": ±0.5 mph = ±0.8 km/h)
  InternedString status_group;   // statuses: the group that agrees ("closed", "destroyed" -> "not-operational")
  std::optional<PartialDate> event;  // a dated event the claim cites ("after the launch of …")
  Span span;                  // the quote: from the first to the last piece of evidence
  Span value_span;            // the value as written
  Span sentence;              // the sentence the claim was read from
  InternedString producer;       // which extraction rule produced it
  double confidence = 1.0;
  std::vector<InternedString> reasons;
};

/// The claims of a corpus, in document order. A deque: gathering millions of them never moves
/// (nor briefly doubles) the ones already gathered.
using ClaimList = std::deque<Claim>;

}  // namespace checker
