// checker_eval: precision, recall and F1 of the value parsers on the peers' own test data,
// and a regression guard against the floors recorded in the repository.
//   checker_eval ../shared/peers --floors tests/eval/floors.json
// Exit 0 all scores at or above their floors; 1 a score dropped; 2 bad arguments or data;
// 77 (ctest: skipped) when the peers folder is absent.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "recognizers.h"
#include "timebank.h"

namespace {

const char* const kSpecs[] = {
    "Number/French/NumberModel.json",          "Number/English/NumberModel.json",
    "Number/French/PercentModel.json",         "Number/English/PercentModel.json",
    "Number/French/NumberRangeModel.json",     "Number/English/NumberRangeModel.json",
    "NumberWithUnit/French/CurrencyModel.json", "NumberWithUnit/English/CurrencyModel.json",
    "NumberWithUnit/French/DimensionModel.json", "NumberWithUnit/English/DimensionModel.json",
    "DateTime/French/DateTimeModel.json",      "DateTime/English/DateTimeModel.json"};

// Floors are F1 rounded down to 0.01, so a run that reproduces them passes.
double floor_of(double f1) { return static_cast<double>(static_cast<long>(f1 * 100)) / 100; }

}  // namespace

int main(int argc, char** argv) {
  std::string peers, floors_path, write_path;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--floors" && i + 1 < argc) floors_path = argv[++i];
    else if (a == "--write-floors" && i + 1 < argc) write_path = argv[++i];
    else if (peers.empty() && a.rfind("--", 0) != 0) peers = a;
    else {
      std::cerr << "usage: checker_eval PEERS_DIR [--floors FILE] [--write-floors FILE]\n";
      return 2;
    }
  }
  if (peers.empty() || !std::filesystem::is_directory(peers)) {
    std::cerr << "checker_eval: " << (peers.empty() ? "no peers folder given" : peers + ": not a directory")
              << ", skipped\n";
    return 77;
  }
  checker::eval::Scores scores;
  for (const char* spec : kSpecs) {
    const std::string err = checker::eval::score_recognizers_spec(peers + "/recognizers-text/Specs/" + spec, spec, &scores);
    if (!err.empty()) {
      std::cerr << "checker_eval: " << err << "\n";
      return 2;
    }
  }
  if (const std::string err = checker::eval::score_timebank(peers + "/fr-timebank/Data", &scores); !err.empty()) {
    std::cerr << "checker_eval: " << err << "\n";
    return 2;
  }
  std::cout << fmt::format("{:<58} {:>7} {:>7} {:>7} {:>6} {:>6} {:>6}\n", "spec category", "P", "R", "F1",
                           "tp", "fp", "fn");
  nlohmann::ordered_json written;
  for (const auto& [key, s] : scores) {
    std::cout << fmt::format("{:<58} {:>7.2f} {:>7.2f} {:>7.2f} {:>6} {:>6} {:>6}\n", key, s.precision(),
                             s.recall(), s.f1(), s.tp, s.fp, s.fn);
    if (s.tp > 0) written[key] = floor_of(s.f1());
  }
  if (!write_path.empty()) {
    std::ofstream out(write_path);
    out << written.dump(2) << "\n";
  }
  if (floors_path.empty()) return 0;
  std::ifstream in(floors_path);
  nlohmann::json floors;
  try {
    floors = nlohmann::json::parse(in);
  } catch (const std::exception& e) {
    std::cerr << "checker_eval: " << floors_path << ": " << e.what() << "\n";
    return 2;
  }
  int dropped = 0;
  for (const auto& [key, floor] : floors.items()) {
    const auto it = scores.find(key);
    const double f1 = it == scores.end() ? 0 : it->second.f1();
    if (f1 + 1e-9 < floor.get<double>()) {
      std::cerr << fmt::format("checker_eval: {}: F1 {:.2f} below the recorded floor {:.2f}\n", key, f1,
                               floor.get<double>());
      ++dropped;
    }
  }
  if (dropped == 0) std::cout << "all " << floors.size() << " scores at or above their floors\n";
  return dropped == 0 ? 0 : 1;
}
