// A claim: one statement of a subject's attribute value, with its provenance.
#pragma once

#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <vector>

#include "checker/core/date.h"
#include "checker/core/interned_string.h"
#include "checker/core/interned_string_list.h"
#include "checker/core/optional_date.h"
#include "checker/core/value.h"

namespace checker {

/// How a claim holds: it happened/is, is planned, was moved, was the initial plan, is denied.
enum class Modality : uint8_t { kActual, kPlanned, kPostponed, kInitial, kNegated, kHedged };

const char* modality_name(Modality m);
std::optional<Modality> modality_from_name(const std::string& name);

/// Byte span [start, end) in the original document bytes.
struct Span {
  size_t start = 0;
  size_t end = 0;
};

/// A Span kept in two 32-bit offsets: a claim holds three, and a document is at most 16 MiB
/// (corpus/files.h, kMaxDocumentBytes). Converts to and from Span.
struct ClaimSpan {
  uint32_t start = 0;
  uint32_t end = 0;

  ClaimSpan() = default;
  ClaimSpan(uint32_t s, uint32_t e) : start(s), end(e) {}
  ClaimSpan(Span s)  // NOLINT: implicit, as a Span field was
      : start(static_cast<uint32_t>(s.start)), end(static_cast<uint32_t>(s.end)) {}
  operator Span() const { return {start, end}; }  // NOLINT
};

/// The text fields are interned (core/interned_string.h, 4 bytes each): a corpus repeats a few
/// thousand of them over millions of claims. Millions of claims stay in memory until the reports
/// are written, in a deque, which puts 512 / sizeof(Claim) of them in a 512-byte block (libstdc++):
/// at most 170 bytes, three claims share a block instead of two. So the optional dates keep their
/// flag in the date's padding, the bounds use NaN for none, and the fields are ordered to pack
/// (the 4-byte ones together, the two 1-byte ones last).
struct Claim {
  uint32_t document = 0;      // index into the corpus
  InternedString subject_id;     // "" when no subject could be bound
  InternedString subject_name;
  InternedString subject_text;   // the mention as written
  InternedString attribute;      // "milestone.first-launch"
  InternedString family;         // "milestone": claims of one family are compared together
  Value value;
  OptionalDate as_of;            // valid time, when the text gives one
  InternedString status_group;   // statuses: the group that agrees ("closed", "destroyed" -> "not-operational")
  double written_precision = 0;  // half the unit of the value's last written digit, in its
                                 // canonical unit ("40 mph": ±0.5 mph = ±0.8 km/h)
  OptionalDate event;            // a dated event the claim cites ("after the launch of …")
  ClaimSpan span;             // the quote: from the first to the last piece of evidence
  ClaimSpan value_span;       // the value as written
  ClaimSpan sentence;         // the sentence the claim was read from
  InternedString producer;       // which extraction rule produced it
  double confidence = 1.0;
  InternedStringList reasons;   // why it was read so, in order (one pooled list: combinations repeat)
  Modality modality = Modality::kActual;
  bool stable = false;        // a lasting property: without a valid time, true whenever reported
};

static_assert(sizeof(Claim) <= 512 / 3, "three claims per deque block (see above)");

/// The claims of a corpus, in document order. A deque: gathering millions of them never moves
/// (nor briefly doubles) the ones already gathered.
using ClaimList = std::deque<Claim>;

}  // namespace checker
