// posix_spawnp with both output pipes drained by poll(2), so a chatty child never blocks.
#include "checker/cli/subprocess.h"

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

extern char** environ;

namespace checker {
namespace {

// Reads both pipes until each is closed.
void drain(int out_fd, int err_fd, std::string* out, std::string* err) {
  pollfd fds[2] = {{out_fd, POLLIN, 0}, {err_fd, POLLIN, 0}};
  std::string* sinks[2] = {out, err};
  int open = 2;
  char buffer[65536];
  while (open > 0) {
    if (::poll(fds, 2, -1) < 0) {
      if (errno == EINTR) continue;
      return;
    }
    for (int i = 0; i < 2; ++i) {
      if (fds[i].fd < 0 || fds[i].revents == 0) continue;
      const ssize_t n = ::read(fds[i].fd, buffer, sizeof buffer);
      if (n > 0) {
        sinks[i]->append(buffer, static_cast<size_t>(n));
      } else if (n == 0 || errno != EINTR) {
        fds[i].fd = -1;  // closed (or broken): poll ignores negative descriptors
        --open;
      }
    }
  }
}

}  // namespace

bool run_process(const std::vector<std::string>& argv, ProcessOutput* result, std::string* problem) {
  if (argv.empty()) {
    *problem = "no program to run";
    return false;
  }
  int out_pipe[2], err_pipe[2];
  if (::pipe(out_pipe) != 0) {
    *problem = argv[0] + ": cannot create a pipe: " + std::strerror(errno);
    return false;
  }
  if (::pipe(err_pipe) != 0) {
    *problem = argv[0] + ": cannot create a pipe: " + std::strerror(errno);
    ::close(out_pipe[0]);
    ::close(out_pipe[1]);
    return false;
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_adddup2(&actions, out_pipe[1], STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&actions, err_pipe[1], STDERR_FILENO);
  for (int fd : {out_pipe[0], out_pipe[1], err_pipe[0], err_pipe[1]}) posix_spawn_file_actions_addclose(&actions, fd);

  std::vector<char*> args;
  for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  pid_t pid = 0;
  const int spawned = ::posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  ::close(out_pipe[1]);
  ::close(err_pipe[1]);
  if (spawned != 0) {
    ::close(out_pipe[0]);
    ::close(err_pipe[0]);
    *problem = argv[0] + (spawned == ENOENT ? std::string(": not found on PATH")
                                            : ": cannot start: " + std::string(std::strerror(spawned)));
    return false;
  }
  *result = ProcessOutput{};
  drain(out_pipe[0], err_pipe[0], &result->out, &result->err);
  ::close(out_pipe[0]);
  ::close(err_pipe[0]);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) {
      *problem = argv[0] + ": cannot wait for it: " + std::strerror(errno);
      return false;
    }
  }
  result->exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return true;
}

}  // namespace checker
