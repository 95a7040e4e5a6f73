// The counts every report opens or closes with.
#pragma once

#include <string>

#include "checker/report/report.h"

namespace checker {

struct ReportSummary {
  size_t documents = 0;
  size_t claims = 0;
  size_t findings = 0;
  size_t skipped = 0;
  int error = 0;
  int warning = 0;
  int note = 0;
  size_t hidden = 0;  // by a baseline
  size_t suppressed = 0;  // by suppression comments
  size_t outside_changed = 0;  // left out by --changed-since
};

ReportSummary summarize_report(const ReportInput& in);

/// "5 documents, 18 claims, 2 findings (0 error, 2 warning, 0 note)" and, when inputs were
/// skipped, ", 1 input(s) skipped"; when a baseline hid findings, ", 2 hidden by the baseline";
/// when suppression comments hid findings, ", 1 suppressed by comments"; with --changed-since,
/// ", 3 outside the changed documents".
std::string summary_line(const ReportSummary& s);

}  // namespace checker
