// A child process fed through pipes (posix_spawn), for the search index.
#include "search/child_process.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>

#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>

extern char** environ;

namespace promisehub {
namespace {

struct Pipe {
  int fd[2] = {-1, -1};
  bool open() { return ::pipe2(fd, O_CLOEXEC) == 0; }
  void close_end(int i) {
    if (fd[i] >= 0) ::close(fd[i]);
    fd[i] = -1;
  }
  ~Pipe() {
    close_end(0);
    close_end(1);
  }
};

// Moves the input in and the output out until the child has closed both of its outputs.
void pump(int in, int out, int err, const std::vector<std::string_view>& input, ChildRun& run,
          pid_t pid, const std::atomic<bool>* cancel) {
  std::size_t piece = 0, offset = 0;
  while (piece < input.size() && input[piece].empty()) ++piece;
  if (piece == input.size()) ::close(in), in = -1;
  char buf[1 << 16];
  bool ended = false;
  while (out >= 0 || err >= 0) {
    if (cancel && *cancel && !ended) {
      ::kill(pid, SIGTERM);
      ended = true;
      for (int* fd : {&in, &out, &err})
        if (*fd >= 0) ::close(*fd), *fd = -1;
      break;
    }
    pollfd fds[3] = {{out, POLLIN, 0}, {err, POLLIN, 0}, {in, POLLOUT, 0}};
    if (::poll(fds, 3, cancel ? 100 : -1) < 0) {
      if (errno == EINTR) continue;
      break;
    }
    for (int i = 0; i < 2; ++i) {
      if (!(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
      ssize_t n = ::read(fds[i].fd, buf, sizeof buf);
      if (n < 0 && (errno == EINTR || errno == EAGAIN)) continue;
      if (n > 0) {
        (i == 0 ? run.out : run.err).append(buf, static_cast<std::size_t>(n));
        continue;
      }
      ::close(fds[i].fd);
      (i == 0 ? out : err) = -1;
    }
    if (in >= 0 && (fds[2].revents & (POLLOUT | POLLERR | POLLHUP))) {
      std::string_view rest = input[piece].substr(offset);
      ssize_t n = (fds[2].revents & POLLOUT) ? ::write(in, rest.data(), rest.size()) : -1;
      if (n < 0 && (errno == EINTR || errno == EAGAIN)) continue;
      if (n < 0) {  // the child stopped reading: what it says explains why
        ::close(in), in = -1;
        continue;
      }
      offset += static_cast<std::size_t>(n);
      if (offset == input[piece].size()) {
        offset = 0;
        while (++piece < input.size() && input[piece].empty()) {
        }
        if (piece == input.size()) ::close(in), in = -1;
      }
    }
  }
  if (in >= 0) ::close(in);
}

}  // namespace

ChildRun run_child(const std::vector<std::string>& argv, const std::vector<std::string_view>& input,
                   const std::atomic<bool>* cancel, int niceness) {
  ChildRun run;
  Pipe in, out, err;
  if (!in.open() || !out.open() || !err.open()) {
    run.start_error = errno;
    return run;
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, in.fd[0], 0);
  posix_spawn_file_actions_adddup2(&actions, out.fd[1], 1);
  posix_spawn_file_actions_adddup2(&actions, err.fd[1], 2);
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  // A child that stops reading must not kill the build with SIGPIPE: the write fails instead.
  ::signal(SIGPIPE, SIG_IGN);
  // The child starts with no signal blocked or ignored (serve blocks Ctrl-C in its threads).
  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  sigset_t none, defaults;
  sigemptyset(&none);
  sigemptyset(&defaults);
  for (int sig : {SIGPIPE, SIGINT, SIGTERM, SIGHUP}) sigaddset(&defaults, sig);
  posix_spawnattr_setsigmask(&attr, &none);
  posix_spawnattr_setsigdefault(&attr, &defaults);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
  pid_t pid = -1;
  int rc = posix_spawnp(&pid, args[0], &actions, &attr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attr);
  if (rc != 0) {
    run.start_error = rc;
    return run;
  }
  run.started = true;
  // At once, before node starts Pagefind, which inherits it.
  if (niceness > 0) ::setpriority(PRIO_PROCESS, static_cast<id_t>(pid), niceness);

  in.close_end(0);
  out.close_end(1);
  err.close_end(1);
  for (int fd : {in.fd[1], out.fd[0], err.fd[0]}) ::fcntl(fd, F_SETFL, O_NONBLOCK);
  pump(in.fd[1], out.fd[0], err.fd[0], input, run, pid, cancel);
  in.fd[1] = out.fd[0] = err.fd[0] = -1;  // closed by pump
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return run;
}

}  // namespace promisehub
