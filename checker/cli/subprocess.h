// Running a program without a shell and collecting what it prints.
#pragma once

#include <string>
#include <vector>

namespace checker {

/// What a finished child process left behind.
struct ProcessOutput {
  int exit_code = -1;   // the exit status, or -1 when it did not exit normally
  std::string out;      // its standard output
  std::string err;      // its standard error
};

/// Runs `argv[0]` (looked up in PATH) with the arguments `argv` in the working directory,
/// standard input from /dev/null, and waits for it. No shell is involved: every argument
/// reaches the program as one word, whatever characters it holds.
/// Returns false, with `*problem` set ("git: not found on PATH"), when the program cannot be
/// started; a program that starts and fails returns true with its exit code.
bool run_process(const std::vector<std::string>& argv, ProcessOutput* result, std::string* problem);

}  // namespace checker
