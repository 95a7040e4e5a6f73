// --changed-since REF: which documents changed in the git work tree, and the findings that touch them.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "checker/core/document.h"
#include "checker/core/error.h"
#include "checker/core/finding.h"

namespace checker {

/// The files that differ from REF in the git work tree around the working directory: the
/// files of `git diff --name-only REF` (committed since REF, staged or not) plus the untracked
/// files git does not ignore. Deleted files are listed too; they match no document.
struct ChangedFiles {
  std::set<std::string> paths;  // absolute, directory symlinks resolved, as file_key() makes them
  std::string top;              // the top directory of the work tree (absolute)
};

/// Asks git (run as a child process, no shell; REF travels as one argument). Errors, each
/// naming --changed-since and REF: git not found; not inside a git work tree; REF names no
/// commit; REF looks like an option (starts with '-') or holds control characters.
Result<ChangedFiles> changed_files_since(const std::string& ref);

/// The key a path (relative to the working directory, or absolute) is matched by: absolute,
/// normalized, with the symlinks of its directory resolved.
std::string file_key(const std::string& path);

/// True when the document's file is changed. A JSON Lines document ("corpus.jsonl#id") is
/// changed when its file is: git knows files, not the records in them.
bool is_changed(const Document& document, const ChangedFiles& changed);

/// How many documents lie outside the work tree: they can never count as changed (worth a
/// warning, since their conflicts with each other are then never reported).
size_t count_outside_work_tree(const std::vector<Document>& documents, const ChangedFiles& changed);

/// The findings with at least one claim in a changed document (order kept); the others are
/// counted in `*dropped`. Only the report is narrowed: the findings come from the whole corpus.
std::vector<Finding> keep_changed(std::vector<Finding> findings, const std::vector<Document>& documents,
                                  const ChangedFiles& changed, size_t* dropped);

}  // namespace checker
