// Compiling a language pack: its phrase lists (one matcher each, and one trie of all the cue
// lists), and subject discovery's patterns.
#include "checker/extract/lexicon.h"

#include <re2/re2.h>

#include "checker/text/fold.h"

namespace checker {

std::string Lexicon::status_group(const std::string& value) const {
  for (const auto& s : statuses)
    if (s.value == value) return s.group;
  return value;
}

std::string Lexicon::compile() {
  attribute_matchers.clear();
  range_matchers.clear();
  split_first_matchers.clear();
  split_second_matchers.clear();
  for (const auto& a : attributes) {
    attribute_matchers.emplace_back(a.cues);
    range_matchers.emplace_back(a.range_cues);
    std::vector<std::string> firsts, seconds;
    for (const auto& [first, second] : a.split_cues) {
      firsts.push_back(first);
      seconds.push_back(second);
    }
    split_first_matchers.emplace_back(firsts);
    split_second_matchers.emplace_back(seconds);
  }
  std::vector<std::string> phrases;
  status_index.clear();
  for (size_t s = 0; s < statuses.size(); ++s)
    for (size_t c = 0; c < statuses[s].cues.size(); ++c) {
      phrases.push_back(statuses[s].cues[c]);
      status_index.emplace_back(s, c);
    }
  status_matcher = std::make_shared<PhraseMatcher>(phrases);
  phrases.clear();
  modality_index.clear();
  for (const auto& [m, list] : modalities)
    for (const auto& c : list) {
      phrases.push_back(c);
      modality_index.push_back(m);
    }
  modality_matcher = std::make_shared<PhraseMatcher>(phrases);
  negation_matcher = std::make_shared<PhraseMatcher>(negations);
  event_matcher = std::make_shared<PhraseMatcher>(event_markers);
  locative_matcher = std::make_shared<PhraseMatcher>(locatives);
  phrases = pronouns;
  anaphora_kind.assign(pronouns.size(), kPronoun);
  for (int kind : {kDemonstrative, kDefinite})
    for (const auto& d : kind == kDemonstrative ? demonstratives : definites)
      for (const auto& h : heads) {
        const bool glued = d.back() == '\'' || (d.size() >= 3 && d.compare(d.size() - 3, 3, "’") == 0);
        phrases.push_back(glued ? d + h : d + " " + h);
        anaphora_kind.push_back(kind);
      }
  anaphora_matcher = std::make_shared<PhraseMatcher>(phrases);
  const std::vector<std::string> anaphora_phrases = std::move(phrases);

  // Subject discovery. Group 1: head; 2: modifiers; 3: proper name (head first), or
  // group 1: proper name; 2: modifiers; 3: head (head last).
  auto folded = [](std::initializer_list<const std::vector<std::string>*> lists) {
    std::set<std::string> out;
    for (const auto* list : lists)
      for (const auto& w : *list) out.insert(fold(w));
    return out;
  };
  folded_name_openers = folded({&articles, &definites, &demonstratives});
  folded_heads = folded({&heads});
  folded_modifier_stops = folded({&articles, &locatives});
  folded_small_words = folded({&connectors, &articles, &definites});
  folded_possessives = folded({&possessives});
  folded_whole_nouns = folded({&whole_nouns});
  discovery_head_first.reset();
  discovery_head_last.reset();
  for (size_t i = 0; i < attribute_matchers.size(); ++i)
    for (const auto& [m, key] : {std::pair<const PhraseMatcher*, const char*>{&attribute_matchers[i], "cues"},
                                 {&range_matchers[i], "range_cues"}, {&split_first_matchers[i], "split_cues"},
                                 {&split_second_matchers[i], "split_cues"}})
      if (!m->error().empty()) return "/attributes/" + std::to_string(i) + "/" + key + ": " + m->error();
  for (const auto* m : {status_matcher.get(), modality_matcher.get(), negation_matcher.get(),
                        event_matcher.get(), locative_matcher.get(), anaphora_matcher.get()})
    if (!m->error().empty()) return "phrase list: " + m->error();
  // Only once every list is known to be of a sane size (RE2's bound above).
  cues = CueSet();
  cue_lists = CueLists();
  for (const auto& a : attributes) {
    cue_lists.attributes.push_back(cues.add(a.cues));
    cue_lists.ranges.push_back(cues.add(a.range_cues));
    std::vector<std::string> firsts, seconds;
    for (const auto& [first, second] : a.split_cues) {
      firsts.push_back(first);
      seconds.push_back(second);
    }
    cue_lists.split_first.push_back(cues.add(firsts));
    cue_lists.split_second.push_back(cues.add(seconds));
  }
  phrases.clear();
  for (const auto& s : statuses) phrases.insert(phrases.end(), s.cues.begin(), s.cues.end());
  cue_lists.status = cues.add(phrases);
  status_cues = CueSet();
  status_cues.add(phrases);
  status_cues.add(negations);
  status_cues.finish();
  phrases.clear();
  for (const auto& [m, list] : modalities) phrases.insert(phrases.end(), list.begin(), list.end());
  cue_lists.modality = cues.add(phrases);
  cue_lists.negation = cues.add(negations);
  cue_lists.event = cues.add(event_markers);
  cue_lists.anaphora = cues.add(anaphora_phrases);
  cues.finish();
  if (heads.empty()) return "";
  std::string head_alt;
  for (const auto& h : heads) head_alt += (head_alt.empty() ? "" : "|") + RE2::QuoteMeta(h);
  // Words of one name are apart by spaces and at most one line break: a name wraps with its line
  // but never runs on across a blank line, from a heading into the paragraph below it.
  const std::string space = R"((?:[ \t\p{Zs}]+(?:\r?\n[ \t\p{Zs}]*)?|\r?\n[ \t\p{Zs}]*))";
  std::string conn_alt;
  for (const auto& c : connectors) {
    const bool glued = c.back() == '\'' || (c.size() >= 3 && c.compare(c.size() - 3, 3, "’") == 0);
    conn_alt += (conn_alt.empty() ? "" : "|") + RE2::QuoteMeta(c) + (glued ? "" : space);
  }
  // Unbounded on purpose: counted repetitions of Unicode classes make RE2's automata large and
  // slow. Overlong "names" (a title in capitals) are dropped when subjects are indexed.
  const std::string proper = R"(\p{Lu}[\p{L}'’]*(?:[ \-‑](?:\p{Lu}[\p{L}'’]*|\d+\b))*)";
  const std::string mods = "((?:" + space + R"(\p{Ll}[\p{L}'’\-]*){0,3}?))";
  RE2::Options options;
  options.set_max_mem(64 << 20);
  const std::string first = "(?i:\\b(" + head_alt + "))" + mods + space +
                            (conn_alt.empty() ? "" : "(?:" + conn_alt + ")?") + "(" + proper + ")";
  options.set_log_errors(false);
  discovery_head_first = std::make_shared<RE2>(first, options);
  if (!discovery_head_first->ok()) return "subject heads: " + discovery_head_first->error();
  if (!head_first) {
    const std::string last = "(" + proper + ")" + mods + space + "(?i:(" + head_alt + "))\\b";
    discovery_head_last = std::make_shared<RE2>(last, options);
    if (!discovery_head_last->ok()) return "subject heads: " + discovery_head_last->error();
  }
  return "";
}

}  // namespace checker
