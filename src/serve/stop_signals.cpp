// Signal handling for `serve`.
#include "serve/stop_signals.h"

#include <pthread.h>

#include <cerrno>
#include <ctime>

namespace promisehub {

StopSignals::StopSignals() {
  sigemptyset(&stop_set_);
  sigaddset(&stop_set_, SIGINT);
  sigaddset(&stop_set_, SIGTERM);
  // A parent shell may have set SIGINT to "ignore" (background jobs): we want it delivered.
  struct sigaction dfl {};
  dfl.sa_handler = SIG_DFL;
  sigaction(SIGINT, &dfl, nullptr);
  sigaction(SIGTERM, &dfl, nullptr);
  pthread_sigmask(SIG_BLOCK, &stop_set_, nullptr);
  struct sigaction ignore {};
  ignore.sa_handler = SIG_IGN;
  sigaction(SIGPIPE, &ignore, &previous_pipe_);
}

// SIGINT and SIGTERM stay blocked: a second Ctrl-C while stopping must not end the process
// half-way with a non-zero status. The process exits right after anyway.
StopSignals::~StopSignals() {
  sigaction(SIGPIPE, &previous_pipe_, nullptr);
}

int StopSignals::wait() {
  const timespec tick{0, 100 * 1000 * 1000};  // look at cancel() ten times a second
  while (!cancelled_) {
    int sig = sigtimedwait(&stop_set_, nullptr, &tick);
    if (sig > 0) return sig;
    if (sig < 0 && errno != EAGAIN && errno != EINTR) return 0;
  }
  return 0;
}

void StopSignals::cancel() {
  cancelled_ = true;
}

}  // namespace promisehub
