// Claim builder: counted nouns. "the three monks": a whole count no cue took, before a plural
// noun, counts that noun. The noun is part of the attribute, so counts of different nouns
// never compare.
#include <cmath>

#include "checker/extract/claim_builder_state.h"
#include "checker/extract/counted_nouns.h"

namespace checker {

void ClaimBuilder::counts(const Span& s) {
  const CountRules& rules = lex_.counts;
  if (rules.prefix.empty()) return;
  const auto [vf, vl] = items_in(values_, s);
  for (size_t v = vf; v < vl; ++v) {
    const Mention& m = values_[v];
    if (used_[v] || m.value.type != ValueType::kNumber) continue;
    if (m.value.amount < 2 || m.value.amount != std::floor(m.value.amount)) continue;
    const auto noun = counted_noun(doc_.text, m.span.end, s.end, rules);
    if (!noun) continue;
    // A count is a claim about the subject its clause names before it ("the Ostreva station is
    // staffed by six glaciologists"), not about one named after it ("deux pays exploitent le
    // port de Vell") or only referred to: without one, the count is left out, not kept unbound.
    const Span w = around(s, m.span);
    const auto b = binder_->bind(w, noun->noun);
    if (!b || b->confidence < 0.9 || b->at.end > m.span.start || !inside(b->at, binder_->clause(s, m.span)))
      continue;
    AttributeDef def;
    def.id = rules.prefix + noun->singular;
    def.family = rules.family;
    def.value_type = "number";
    used_[v] = true;
    emit(def, w, noun->noun, quote(noun->noun) + " (counted noun)", m);
  }
}

}  // namespace checker
