// Scores our mentions against one Microsoft Recognizers-Text spec file (Number, Percent,
// NumberWithUnit, DateTime models): span overlap and equal normalized value.
#pragma once

#include <string>

#include "score.h"

namespace checker::eval {

/// `path` is the spec file, `name` its key in the scores ("Number/French/NumberModel.json").
/// Cases marked NotSupported for dotnet (the reference implementation) are skipped. Returns ""
/// or an error naming the file.
std::string score_recognizers_spec(const std::string& path, const std::string& name, Scores* scores);

}  // namespace checker::eval
