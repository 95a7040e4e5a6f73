// Decoding and validating a language pack (compiling it: lexicon_compile.cc).
#include "checker/extract/lexicon.h"

#include <algorithm>


#include "checker/extract/pack_json.h"
#include "checker/text/fold.h"

namespace checker {
namespace {

const char* const kValueTypes[] = {"date", "quantity", "amount", "percent", "number"};

// "bare_value_cues": {"cues": ["got"], "unless_followed_by": ["of"]}: appended to the cues.
void read_bare_value_cues(const nlohmann::json& b, const std::string& ptr, JsonFields* f, AttributeDef* def) {
  if (!b.is_object()) return f->fail(ptr, "'bare_value_cues' must be an object: {\"cues\": [...], \"unless_followed_by\": [...]}");
  std::vector<std::string> cues, stops;
  f->strings(b, ptr, "cues", &cues, true);
  f->strings(b, ptr, "unless_followed_by", &stops, true);
  def->first_bare_cue = def->cues.size();
  def->cues.insert(def->cues.end(), cues.begin(), cues.end());
  for (const std::string& w : stops) def->bare_cue_stops.insert(fold(w));
}

// "counts": {"attribute_prefix": "count.", "family": "count", "max_modifiers": 2, …}.
void read_counts(const nlohmann::json& c, JsonFields* f, CountRules* out) {
  const std::string ptr = "/counts";
  if (!c.is_object()) return f->fail(ptr, "'counts' must be an object");
  f->string(c, ptr, "attribute_prefix", &out->prefix, true);
  f->string(c, ptr, "family", &out->family, false);
  if (c.contains("max_modifiers")) {
    if (!c["max_modifiers"].is_number_unsigned() || c["max_modifiers"].get<size_t>() > 4)
      f->fail(ptr + "/max_modifiers", "'max_modifiers' must be a whole number from 0 to 4");
    else out->max_modifiers = c["max_modifiers"].get<size_t>();
  }
  if (c.contains("any_modifier")) {
    if (!c["any_modifier"].is_boolean()) f->fail(ptr + "/any_modifier", "'any_modifier' must be true or false");
    else out->any_modifier = c["any_modifier"].get<bool>();
  }
  if (!c.contains("plurals") || !c["plurals"].is_object() || c["plurals"].empty()) {
    f->fail(ptr + "/plurals", "'plurals' is required: an object of plural ending -> singular ending, e.g. {\"s\": \"\"}");
  } else {
    for (auto it = c["plurals"].begin(); it != c["plurals"].end(); ++it) {
      if (!it->is_string() || it.key().empty()) {
        f->fail(ptr + "/plurals/" + it.key(), "a plural ending must be non-empty and map to a string");
        continue;
      }
      out->plurals.emplace_back(fold(it.key()), fold(it->get<std::string>()));
    }
    std::stable_sort(out->plurals.begin(), out->plurals.end(),
                     [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  }
  for (const auto& [key, set] : {std::pair<const char*, std::set<std::string>*>{"not_plural", &out->not_plural},
                                 {"modifiers", &out->modifiers}, {"stops", &out->stops},
                                 {"uncounted", &out->uncounted}}) {
    std::vector<std::string> words;
    f->strings(c, ptr, key, &words, false);
    for (const auto& w : words) set->insert(fold(w));
  }
}

}  // namespace

Result<Lexicon> lexicon_from_json(const nlohmann::json& j, const std::string& file) {
  Diagnostics errors;
  JsonFields f(file, &errors);
  Lexicon lex;
  if (!j.is_object()) return Error{file, "/", "a language pack must be a JSON object"};
  f.string(j, "", "lang", &lex.lang, true);
  if (!lex.lang.empty() && lex.lang != "fr" && lex.lang != "en")
    f.fail("/lang", "'lang' must be \"fr\" or \"en\", found \"" + lex.lang + "\"");
  f.string(j, "", "status_attribute", &lex.status_attribute, false);
  const nlohmann::json* attrs = nullptr;
  if (f.array(j, "", "attributes", &attrs, true) && attrs) {
    for (size_t i = 0; i < attrs->size(); ++i) {
      const std::string ptr = "/attributes/" + std::to_string(i);
      const auto& a = (*attrs)[i];
      if (!a.is_object()) { f.fail(ptr, "expected an object"); continue; }
      AttributeDef def;
      f.string(a, ptr, "id", &def.id, true);
      f.string(a, ptr, "family", &def.family, true);
      if (f.string(a, ptr, "value", &def.value_type, true)) {
        bool known = false;
        for (const char* t : kValueTypes) known = known || def.value_type == t;
        if (!known)
          f.fail(ptr + "/value", "'value' must be one of date, quantity, amount, percent, number; found \"" +
                                     def.value_type + "\"");
      }
      f.strings(a, ptr, "cues", &def.cues, false);
      f.strings(a, ptr, "range_cues", &def.range_cues, false);
      if (a.contains("bare_value_cues")) read_bare_value_cues(a["bare_value_cues"], ptr + "/bare_value_cues", &f, &def);
      if (a.contains("split_cues")) {
        const auto& split = a["split_cues"];
        for (size_t k = 0; split.is_array() && k < split.size(); ++k) {
          const auto& pair = split[k];
          if (!pair.is_array() || pair.size() != 2 || !pair[0].is_string() || !pair[1].is_string())
            f.fail(ptr + "/split_cues/" + std::to_string(k),
                   "a split cue is two phrases, what comes before and after the words it spans: [\"production of\", \"began\"]");
          else
            def.split_cues.emplace_back(pair[0].get<std::string>(), pair[1].get<std::string>());
        }
        if (!split.is_array()) f.fail(ptr + "/split_cues", "'split_cues' must be an array of [first, second] phrase pairs");
      }
      if ((!def.range_cues.empty() || !def.split_cues.empty()) && def.value_type != "date")
        f.fail(ptr, "'range_cues' and 'split_cues' are for date attributes only");
      f.strings(a, ptr, "units", &def.units, false);
      if (a.contains("implied_by_unit")) {
        if (!a["implied_by_unit"].is_boolean()) f.fail(ptr + "/implied_by_unit", "'implied_by_unit' must be true or false");
        else def.implied_by_unit = a["implied_by_unit"].get<bool>();
      }
      for (const auto& [key, flag] : {std::pair<const char*, bool*>{"stable", &def.stable},
                                      {"carry_subject", &def.carry_subject}}) {
        if (!a.contains(key)) continue;
        if (!a[key].is_boolean()) f.fail(ptr + "/" + key, std::string("'") + key + "' must be true or false");
        else *flag = a[key].get<bool>();
      }
      if (def.implied_by_unit && def.units.empty())
        f.fail(ptr, "'implied_by_unit' needs 'units' to say which units imply the attribute");
      if (def.cues.empty() && !def.implied_by_unit)
        f.fail(ptr, "an attribute needs 'cues', or 'units' with 'implied_by_unit': true");
      lex.attributes.push_back(std::move(def));
    }
  }
  const nlohmann::json* statuses = nullptr;
  if (f.array(j, "", "statuses", &statuses, false) && statuses) {
    for (size_t i = 0; i < statuses->size(); ++i) {
      const std::string ptr = "/statuses/" + std::to_string(i);
      const auto& s = (*statuses)[i];
      if (!s.is_object()) { f.fail(ptr, "expected an object"); continue; }
      StatusDef def;
      f.string(s, ptr, "value", &def.value, true);
      f.string(s, ptr, "negation", &def.negation, false);
      f.string(s, ptr, "group", &def.group, false);
      if (def.group.empty()) def.group = def.value;
      f.strings(s, ptr, "cues", &def.cues, true);
      lex.statuses.push_back(std::move(def));
    }
  }
  if (j.contains("modality")) {
    const auto& m = j["modality"];
    if (!m.is_object()) {
      f.fail("/modality", "'modality' must be an object of modality name -> cue phrases");
    } else {
      for (auto it = m.begin(); it != m.end(); ++it) {
        auto mod = modality_from_name(it.key());
        if (!mod) {
          f.fail("/modality/" + it.key(), "unknown modality '" + it.key() +
                 "' (allowed: actual, planned, postponed, initial, negated, hedged)");
          continue;
        }
        std::vector<std::string> cues;
        f.strings(m, "/modality", it.key().c_str(), &cues, true);
        lex.modalities.emplace_back(*mod, std::move(cues));
      }
    }
  }
  f.strings(j, "", "negations", &lex.negations, false);
  f.strings(j, "", "event_markers", &lex.event_markers, false);
  f.strings(j, "", "new_target_words", &lex.new_target_words, false);
  f.strings(j, "", "old_target_words", &lex.old_target_words, false);
  if (f.strings(j, "", "lifespan", &lex.lifespan, false) && j.contains("lifespan")) {
    if (lex.lifespan.size() != 2) {
      f.fail("/lifespan", "'lifespan' names two date attributes: the first and the last date of \"(date – date)\"");
    } else {
      for (size_t i = 0; i < 2; ++i) {
        bool known = false;
        for (const AttributeDef& a : lex.attributes) known = known || (a.id == lex.lifespan[i] && a.value_type == "date");
        if (!known)
          f.fail("/lifespan/" + std::to_string(i), "'" + lex.lifespan[i] + "' is not a date attribute of this pack");
      }
    }
  }
  if (j.contains("counts")) read_counts(j["counts"], &f, &lex.counts);
  if (j.contains("subjects")) {
    const auto& s = j["subjects"];
    if (!s.is_object()) {
      f.fail("/subjects", "'subjects' must be an object");
    } else {
      f.strings(s, "/subjects", "heads", &lex.heads, false);
      f.strings(s, "/subjects", "connectors", &lex.connectors, false);
      f.strings(s, "/subjects", "pronouns", &lex.pronouns, false);
      f.strings(s, "/subjects", "demonstratives", &lex.demonstratives, false);
      f.strings(s, "/subjects", "definites", &lex.definites, false);
      f.strings(s, "/subjects", "locatives", &lex.locatives, false);
      f.strings(s, "/subjects", "articles", &lex.articles, false);
      f.strings(s, "/subjects", "coordinators", &lex.coordinators, false);
      f.strings(s, "/subjects", "possessives", &lex.possessives, false);
      f.strings(s, "/subjects", "whole_nouns", &lex.whole_nouns, false);
      if (s.contains("head_first")) {
        if (!s["head_first"].is_boolean()) f.fail("/subjects/head_first", "'head_first' must be true or false");
        else lex.head_first = s["head_first"].get<bool>();
      }
    }
  }
  if (!errors.empty()) return errors.front();
  if (std::string problem = lex.compile(); !problem.empty())
    return Error{file, "/", "cannot compile the pack's phrase lists: " + problem};
  return lex;
}

}  // namespace checker
