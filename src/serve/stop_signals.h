// Ctrl-C (SIGINT) and SIGTERM as an orderly stop: blocked in every thread, and picked up by
// one thread that waits for them, so no work happens inside a signal handler.
#pragma once

#include <atomic>

#include <signal.h>

namespace promisehub {

class StopSignals {
 public:
  // Blocks SIGINT and SIGTERM in this thread and in every thread started after; ignores SIGPIPE
  // (a browser closing a tab must not end the server). Make it before starting threads.
  StopSignals();
  ~StopSignals();
  StopSignals(const StopSignals&) = delete;
  StopSignals& operator=(const StopSignals&) = delete;

  // Returns the signal once one arrives, or 0 once cancel() was called.
  int wait();
  void cancel();

 private:
  sigset_t stop_set_;
  struct sigaction previous_pipe_ {};
  std::atomic<bool> cancelled_{false};
};

}  // namespace promisehub
