// Runs the engine on real contradictions: each WikiContradict row's context1 and context2 become
// two documents about the row's article (the title is given as the subject's name), and a row
// counts as found when one finding has a claim in each context and the claims' values are the
// row's two answers. Usage: checker_eval_wikicontradict FILE.jsonl [--rules DIR] [--min-found N]
// [--verbose]. Prints one line per row (with --verbose, also its other findings and every claim) and a
// table by conflict kind; exits 1 below --min-found.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "checker/corpus/loader.h"
#include "checker/engine/audit.h"
#include "checker/engine/rule_pack.h"
#include "checker/text/fold.h"

namespace {

using checker::Claim;
using checker::Document;
using checker::Finding;

// The digits of a value as written ("21 August 1968" -> "211968"), to find it in an answer.
std::string digits(const std::string& s) {
  std::string out;
  for (char c : s)
    if (c >= '0' && c <= '9') out += c;
  return out;
}

// A claim's value appears in an answer: its text as written, folded, or at least its digits.
bool in_answer(const Document& d, const Claim& c, const std::string& answer) {
  const std::string written = d.text.substr(c.value_span.start, c.value_span.end - c.value_span.start);
  if (checker::fold(answer).find(checker::fold(written)) != std::string::npos) return true;
  const std::string dw = digits(written);
  return !dw.empty() && digits(answer).find(dw) != std::string::npos;
}

enum class Outcome { kFound, kOtherValues, kOneSide, kNothing };

const char* outcome_name(Outcome o) {
  switch (o) {
    case Outcome::kFound: return "found";
    case Outcome::kOtherValues: return "finding, other values";
    case Outcome::kOneSide: return "finding in one context only";
    case Outcome::kNothing: return "no finding";
  }
  return "";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: checker_eval_wikicontradict FILE.jsonl [--rules DIR] [--min-found N] [--verbose]\n";
    return 2;
  }
  std::string rules_dir = CHECKER_SOURCE_RULES_DIR;
  int min_found = 0;
  bool verbose = false;
  for (int i = 2; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--rules" && i + 1 < argc) rules_dir = argv[++i];
    else if (a == "--min-found" && i + 1 < argc) min_found = std::atoi(argv[++i]);
    else if (a == "--verbose") verbose = true;
    else {
      std::cerr << "unknown argument " << a << "\n";
      return 2;
    }
  }
  std::ifstream in(argv[1]);
  if (!in) {
    // The peers' data lives beside the repository (../shared/peers); without it, skip (ctest
    // reports exit code 77 as skipped), loudly.
    std::cerr << argv[1] << ": cannot read; evaluation skipped\n";
    return 77;
  }
  checker::Diagnostics errors;
  checker::RulePack pack = checker::load_rule_pack(rules_dir, &errors);
  if (!errors.empty()) {
    std::cerr << errors.front().to_string() << "\n";
    return 2;
  }
  std::map<std::string, std::map<Outcome, int>> by_kind;
  std::map<Outcome, int> total;
  std::string line;
  int rows = 0;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const auto row = nlohmann::json::parse(line, nullptr, false);
    if (row.is_discarded()) {
      std::cerr << argv[1] << ":" << rows + 1 << ": not JSON\n";
      return 2;
    }
    ++rows;
    const std::string id = std::to_string(row.value("question_ID", 0));
    // A title's parenthesis only tells Wikipedia articles apart ("Liu Zhi (ROC)"); the text
    // names the subject without it.
    std::string title = row.value("WikipediaArticleTitle", "");
    if (const size_t paren = title.find(" ("); paren != std::string::npos) title.erase(paren);
    // The article is the subject: both passages are about it.
    pack.entities.push_back({checker::slug(title), title, "article", {title}, false});
    std::vector<Document> docs;
    for (const char* field : {"context1", "context2"}) {
      // Both passages come from one Wikipedia snapshot: the same reported time.
      auto d = checker::make_document("wikicontradict#" + id + "/" + field,
                                      "---\ndate: 2024-06\nlang: en\n---\n" + row.value(field, ""));
      if (!d.ok()) {
        std::cerr << d.error().to_string() << "\n";
        return 2;
      }
      docs.push_back(d.value());
    }
    const auto result = checker::run_audit(docs, pack);
    pack.entities.pop_back();
    const std::string a1 = row.value("answer1", ""), a2 = row.value("answer2", "");
    Outcome outcome = Outcome::kNothing;
    const Finding* shown = nullptr;
    for (const Finding& f : result.findings) {
      const Claim* c1 = nullptr;
      const Claim* c2 = nullptr;
      for (const Claim& c : f.claims) (c.document == 0 ? c1 : c2) = &c;
      Outcome o = Outcome::kOneSide;
      if (c1 && c2) {
        const bool match = (in_answer(docs[0], *c1, a1) && in_answer(docs[1], *c2, a2)) ||
                           (in_answer(docs[0], *c1, a2) && in_answer(docs[1], *c2, a1));
        o = match ? Outcome::kFound : Outcome::kOtherValues;
      }
      if (!shown || o < outcome) {
        outcome = o;
        shown = &f;
      }
    }
    const std::string kind = row.value("x_conflict_kind", "?");
    ++by_kind[kind][outcome];
    ++total[outcome];
    std::printf("%-4s %-22s %-28s %s\n", id.c_str(), kind.c_str(), outcome_name(outcome),
                shown ? shown->message.c_str() : "");
    if (verbose)
      for (const Finding& f : result.findings)
        if (&f != shown) std::printf("       also %s\n", f.message.c_str());  // every finding is listed
    if (verbose)
      for (const Claim& c : result.claims)
        std::printf("       claim %s %s %s = %s (%s)\n", docs[c.document].path.c_str(),
                    c.subject_id.empty() ? "-" : c.subject_id.c_str(), c.attribute.c_str(),
                    c.value.display().c_str(), checker::modality_name(c.modality));
  }
  std::printf("\n%-22s %5s %5s %5s %5s %5s\n", "kind", "rows", "found", "other", "one", "none");
  for (const auto& entry : by_kind) {
    const std::string& kind = entry.first;
    const std::map<Outcome, int>& counts = entry.second;
    int n = 0;
    for (const auto& [o, k] : counts) n += k;
    auto get = [&counts](Outcome o) { auto it = counts.find(o); return it == counts.end() ? 0 : it->second; };
    std::printf("%-22s %5d %5d %5d %5d %5d\n", kind.c_str(), n, get(Outcome::kFound), get(Outcome::kOtherValues),
                get(Outcome::kOneSide), get(Outcome::kNothing));
  }
  std::printf("%-22s %5d %5d %5d %5d %5d\n", "all", rows, total[Outcome::kFound], total[Outcome::kOtherValues],
              total[Outcome::kOneSide], total[Outcome::kNothing]);
  if (total[Outcome::kFound] < min_found) {
    std::printf("FAIL: %d rows found, fewer than the recorded %d\n", total[Outcome::kFound], min_found);
    return 1;
  }
  return 0;
}
