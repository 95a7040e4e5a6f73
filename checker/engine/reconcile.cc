// Reconciliation: the claim index, the rule kinds, fingerprints and the findings' order.
#include "checker/engine/reconcile.h"

#include <algorithm>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>
#include <utility>

#include "checker/core/stage_timer.h"
#include "checker/engine/claim_index.h"
#include "checker/engine/fingerprint.h"
#include "checker/engine/registry.h"

namespace checker {
namespace {

using Key = ClaimIndex::Key;

std::vector<Finding> run_rules(const std::vector<Document>& documents, const RulePack& pack, const ClaimIndex& index) {
  std::vector<Finding> out;
  for (const RuleInstance& rule : pack.rules) {
    const RuleKind* kind = find_rule_kind(rule.kind);
    if (kind) kind->run(rule, index, &out);
  }
  for (Finding& f : out) f.id = fingerprint(f, documents);
  return out;
}

void sort_findings(std::vector<Finding>* findings) {
  std::stable_sort(findings->begin(), findings->end(), [](const Finding& a, const Finding& b) {
    if (a.subject_name != b.subject_name) return a.subject_name < b.subject_name;
    if (a.rule != b.rule) return a.rule < b.rule;
    return a.id < b.id;
  });
}

bool has_deferred(const Extraction& x, size_t d) { return !x.deferred.empty() && x.deferred[d].has_value(); }

// Every group's documents in corpus order (how many claims each has in it), from the claims at
// hand and from the counts of the documents whose claims the cache kept back; groups in key order.
std::vector<std::pair<Key, std::vector<GroupDocument>>> group_documents(const Extraction& x) {
  struct PairHash {
    size_t operator()(const std::pair<InternedString, InternedString>& p) const {
      return std::hash<InternedString>()(p.first) * 31 + std::hash<InternedString>()(p.second);
    }
  };
  std::unordered_map<std::pair<InternedString, InternedString>, std::vector<GroupDocument>, PairHash> table;
  std::pair<InternedString, InternedString> last_key;
  std::vector<GroupDocument>* last = nullptr;
  auto add = [&](const InternedString& subject, const InternedString& family, size_t d, uint32_t claims) {
    if (!last || !(last_key.first == subject) || !(last_key.second == family)) {
      last_key = {subject, family};
      last = &table[last_key];
    }
    if (!last->empty() && last->back().document == d) last->back().claims += claims;
    else last->push_back(GroupDocument{static_cast<uint32_t>(d), claims});
  };
  size_t at = 0;  // the next claim of x.claims
  for (size_t d = 0; d < x.claims_per_document.size(); ++d) {
    if (has_deferred(x, d)) {
      for (const GroupCount& g : *x.deferred[d]) add(g.subject_id, g.family, d, g.claims);
      continue;
    }
    const size_t end = at + x.claims_per_document[d];
    for (; at < end; ++at)
      if (const Claim& c = x.claims[at]; !c.subject_id.empty()) add(c.subject_id, c.family, d, 1);
  }
  std::vector<std::pair<Key, std::vector<GroupDocument>>> out;
  out.reserve(table.size());
  for (auto& [key, documents] : table) out.emplace_back(Key{key.first.str(), key.second.str()}, std::move(documents));
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  return out;
}

// The claims of every document in corpus order: those at hand (moved out of `x`) and, of the
// documents whose claims the cache kept back, those in `wanted` (ascending), asked of the cache.
std::optional<ClaimList> gather_claims(Extraction* x, const std::vector<size_t>& wanted, FindingsCache& cache,
                                       unsigned jobs) {
  if (x->deferred.empty()) return std::move(x->claims);
  std::optional<std::vector<std::vector<Claim>>> loaded = cache.deferred_claims(wanted, jobs);
  if (!loaded) return std::nullopt;
  ClaimList out;
  size_t next = 0;
  for (size_t d = 0; d < x->claims_per_document.size(); ++d) {
    if (has_deferred(*x, d)) {
      if (next < wanted.size() && wanted[next] == d) {
        for (Claim& c : (*loaded)[next]) out.push_back(std::move(c));
        std::vector<Claim>().swap((*loaded)[next]);
        ++next;
      }
      continue;
    }
    for (size_t k = 0; k < x->claims_per_document[d]; ++k) {
      out.push_back(std::move(x->claims.front()));
      x->claims.pop_front();
    }
  }
  return out;
}

}  // namespace

AuditResult reconcile(const std::vector<Document>& documents, const RulePack& pack, Extraction extraction) {
  StageTimer timer("reconciliation");
  AuditResult result;
  result.claims = std::move(extraction.claims);
  result.claims_per_document = std::move(extraction.claims_per_document);
  ClaimIndex index(documents, result.claims, std::move(extraction.mentions));
  result.findings = run_rules(documents, pack, index);
  sort_findings(&result.findings);
  return result;
}

// The rules over the groups `cache` does not answer for. The order is that of run_rules: every
// kind visits the groups in the index's order, so rule by rule, then group by group. A finding
// that cannot be told to one group means reconciling every group without the cache.
std::optional<AuditResult> reconcile_through(const std::vector<Document>& documents, const RulePack& pack,
                                             Extraction extraction, FindingsCache& cache, unsigned jobs) {
  StageTimer timer("reconciliation");
  AuditResult result;
  const std::vector<std::pair<Key, std::vector<GroupDocument>>> groups = group_documents(extraction);
  // The index knows which documents name which subject from the start; its groups are set
  // once the stale ones are known.
  ClaimIndex index(documents, ClaimList{}, std::move(extraction.mentions));
  std::map<Key, std::vector<RuleFinding>> by_group;
  std::set<Key> stale;
  std::vector<char> wanted_document(extraction.claims_per_document.size(), 0);
  for (const auto& [key, members] : groups) {
    std::optional<std::vector<RuleFinding>> cached = cache.findings(index, key, members, &result.cached_claims);
    const bool fits = cached && std::all_of(cached->begin(), cached->end(),
                                            [&](const RuleFinding& f) { return f.rule < pack.rules.size(); });
    if (fits) {
      by_group.emplace_hint(by_group.end(), key, std::move(*cached));
      continue;
    }
    stale.insert(stale.end(), key);
    for (const GroupDocument& g : members)
      if (has_deferred(extraction, g.document)) wanted_document[g.document] = 1;
  }
  std::vector<size_t> wanted;
  for (size_t d = 0; d < wanted_document.size(); ++d)
    if (wanted_document[d]) wanted.push_back(d);
  std::optional<ClaimList> claims = gather_claims(&extraction, wanted, cache, jobs);
  if (!claims) return std::nullopt;
  result.claims = std::move(*claims);
  result.claims_per_document = std::move(extraction.claims_per_document);
  // Only the stale groups are visited; a clean group's claims among these are not all there.
  std::map<Key, std::vector<const Claim*>> visit = ClaimIndex::group(result.claims);
  for (auto it = visit.begin(); it != visit.end();) it = stale.count(it->first) ? std::next(it) : visit.erase(it);
  index.swap_groups(std::move(visit));
  std::map<Key, std::vector<RuleFinding>> fresh;
  for (const auto& entry : index.groups()) fresh[entry.first];
  for (size_t r = 0; r < pack.rules.size(); ++r) {
    const RuleKind* kind = find_rule_kind(pack.rules[r].kind);
    if (!kind) continue;
    std::vector<Finding> out;
    kind->run(pack.rules[r], index, &out);
    for (Finding& f : out) {
      const auto group = f.claims.empty() ? fresh.end()
                                          : fresh.find(Key{f.claims.front().subject_id, f.claims.front().family});
      if (group == fresh.end()) {
        // Every group, none from the cache: the claims kept back are all needed.
        std::vector<size_t> all;
        for (size_t d = 0; d < extraction.deferred.size(); ++d)
          if (has_deferred(extraction, d) && !wanted_document[d]) all.push_back(d);
        std::optional<std::vector<std::vector<Claim>>> rest =
            all.empty() ? std::vector<std::vector<Claim>>{} : cache.deferred_claims(all, jobs);
        if (!rest) return std::nullopt;
        for (std::vector<Claim>& list : *rest)
          for (Claim& c : list) result.claims.push_back(std::move(c));
        // Grouped in corpus order, as the claims are without the cache.
        std::vector<const Claim*> order;
        for (const Claim& c : result.claims) order.push_back(&c);
        std::stable_sort(order.begin(), order.end(),
                         [](const Claim* a, const Claim* b) { return a->document < b->document; });
        std::map<Key, std::vector<const Claim*>> every;
        for (const Claim* c : order)
          if (!c->subject_id.empty()) every[{c->subject_id, c->family}].push_back(c);
        index.swap_groups(std::move(every));
        result.findings = run_rules(documents, pack, index);
        sort_findings(&result.findings);
        return result;
      }
      f.id = fingerprint(f, documents);
      group->second.push_back(RuleFinding{r, std::move(f)});
    }
  }
  const auto members_of = [&](const Key& key) -> const std::vector<GroupDocument>& {
    return std::lower_bound(groups.begin(), groups.end(), key,
                            [](const auto& entry, const Key& k) { return entry.first < k; })
        ->second;
  };
  for (auto& [key, findings] : fresh) {
    cache.put_findings(index, key, members_of(key), findings);
    by_group[key] = std::move(findings);
  }
  std::vector<std::vector<Finding>> per_rule(pack.rules.size());
  for (const auto& entry : groups)
    for (RuleFinding& f : by_group[entry.first]) per_rule[f.rule].push_back(std::move(f.finding));
  size_t total = 0;
  for (const std::vector<Finding>& list : per_rule) total += list.size();
  result.findings.reserve(total);
  for (std::vector<Finding>& list : per_rule)
    for (Finding& f : list) result.findings.push_back(std::move(f));
  sort_findings(&result.findings);
  return result;
}

}  // namespace checker
