// Three git commands (rev-parse, diff, ls-files) read through run_process, and the matching.
#include "checker/cli/changed_files.h"

#include <filesystem>

#include "checker/cli/subprocess.h"

namespace checker {
namespace {

namespace fs = std::filesystem;

std::string trim_newlines(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.pop_back();
  return s;
}

// git's own message, first line only ("fatal: not a git repository ...").
std::string first_line(const std::string& s) { return trim_newlines(s.substr(0, s.find('\n'))); }

// Runs git with `args`; on failure sets `*error` with git's own first line of complaint.
bool git(const std::vector<std::string>& args, const std::string& ref, ProcessOutput* out, Error* error) {
  std::vector<std::string> argv{"git"};
  argv.insert(argv.end(), args.begin(), args.end());
  std::string problem;
  if (!run_process(argv, out, &problem)) {
    *error = Error{"", "", "--changed-since " + ref + ": " + problem};
    return false;
  }
  return true;
}

void add_nul_separated(const fs::path& top, const std::string& list, ChangedFiles* changed) {
  for (size_t from = 0; from < list.size();) {
    size_t end = list.find('\0', from);
    if (end == std::string::npos) end = list.size();
    if (end > from) changed->paths.insert((top / list.substr(from, end - from)).lexically_normal().string());
    from = end + 1;
  }
}

}  // namespace

Result<ChangedFiles> changed_files_since(const std::string& ref) {
  // Without a shell nothing is interpolated; what is left to refuse is a REF git would read as
  // an option, and bytes no revision holds.
  if (ref.empty() || ref[0] == '-')
    return Error{"", "", "--changed-since '" + ref + "': expected a git revision (a branch, tag or commit; not starting with '-')"};
  for (unsigned char c : ref)
    if (c < 0x20 || c == 0x7f) return Error{"", "", "--changed-since: the revision holds a control character"};
  ProcessOutput out;
  Error error;
  if (!git({"rev-parse", "--show-toplevel"}, ref, &out, &error)) return error;
  if (out.exit_code != 0)
    return Error{"", "", "--changed-since " + ref + ": the working directory is not inside a git work tree (git: " +
                             first_line(out.err) + ")"};
  const fs::path top = trim_newlines(out.out);
  if (!git({"rev-parse", "--verify", "--quiet", ref + "^{commit}"}, ref, &out, &error)) return error;
  if (out.exit_code != 0)
    return Error{"", "", "--changed-since " + ref + ": unknown revision (no commit of that name in this repository)"};
  const std::string commit = trim_newlines(out.out);
  ChangedFiles changed;
  changed.top = top.lexically_normal().string();
  // Paths from both commands are relative to the top of the work tree, whatever the user's
  // configuration says (--no-relative overrides diff.relative; --full-name and ":/" for ls-files).
  if (!git({"diff", "--name-only", "--no-renames", "--no-relative", "-z", commit, "--"}, ref, &out, &error)) return error;
  if (out.exit_code != 0) return Error{"", "", "--changed-since " + ref + ": git diff failed: " + first_line(out.err)};
  add_nul_separated(top, out.out, &changed);
  if (!git({"ls-files", "--others", "--exclude-standard", "--full-name", "-z", "--", ":/"}, ref, &out, &error))
    return error;
  if (out.exit_code != 0) return Error{"", "", "--changed-since " + ref + ": git ls-files failed: " + first_line(out.err)};
  add_nul_separated(top, out.out, &changed);
  return changed;
}

std::string file_key(const std::string& path) {
  std::error_code ec;
  const fs::path full = fs::absolute(path, ec).lexically_normal();
  fs::path dir = fs::weakly_canonical(full.parent_path(), ec);
  if (ec) dir = full.parent_path();
  return (dir / full.filename()).lexically_normal().string();
}

bool is_changed(const Document& document, const ChangedFiles& changed) {
  if (changed.paths.count(file_key(document.path))) return true;
  // "corpus.jsonl#id": try every prefix before a '#', since a file name may hold one too.
  for (size_t hash = document.path.find('#'); hash != std::string::npos; hash = document.path.find('#', hash + 1))
    if (changed.paths.count(file_key(document.path.substr(0, hash)))) return true;
  return false;
}

size_t count_outside_work_tree(const std::vector<Document>& documents, const ChangedFiles& changed) {
  fs::path top(changed.top);
  size_t outside = 0;
  for (const Document& d : documents) {
    const fs::path relative = fs::path(file_key(d.path)).lexically_relative(top);
    if (relative.empty() || *relative.begin() == "..") ++outside;
  }
  return outside;
}

std::vector<Finding> keep_changed(std::vector<Finding> findings, const std::vector<Document>& documents,
                                  const ChangedFiles& changed, size_t* dropped) {
  std::vector<bool> document_changed(documents.size());
  for (size_t i = 0; i < documents.size(); ++i) document_changed[i] = is_changed(documents[i], changed);
  // In place: the findings kept are moved down over the dropped ones, not into a second vector.
  size_t kept = 0;
  for (size_t k = 0; k < findings.size(); ++k) {
    bool touches = false;
    for (const Claim& c : findings[k].claims)
      touches = touches || (c.document < documents.size() && document_changed[c.document]);
    if (!touches)
      ++*dropped;
    else if (kept++ != k)
      findings[kept - 1] = std::move(findings[k]);
  }
  findings.erase(findings.begin() + static_cast<std::ptrdiff_t>(kept), findings.end());
  return findings;
}

}  // namespace checker
