// Live reload for `serve`: the script pages load, and the build counter that the
// server-sent-events stream waits on.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <string>

namespace promisehub {

// The script behind `{{home_url}}__promisehub/live-reload.js`: it listens on the events stream
// next to it and reloads the page when the site was rebuilt after the page was served.
const std::string& live_reload_script();

// Counts builds. Each events stream waits for the counter to move past the build its page
// was served from.
class BuildCounter {
 public:
  enum class Wait { rebuilt, timed_out, closed };

  BuildCounter();  // starts from the clock, so a restarted server never repeats a number

  std::uint64_t current() const;
  std::uint64_t advance();  // after every rebuild, whether it worked or not; the new number
  // Waits until the counter differs from `seen` (then updates it), `timeout` passes, or close().
  Wait wait_for_change(std::uint64_t& seen, std::chrono::milliseconds timeout) const;
  void close();  // wakes every waiter for good: the server is stopping

 private:
  mutable std::mutex mutex_;
  mutable std::condition_variable changed_;
  std::uint64_t count_ = 0;
  bool closed_ = false;
};

}  // namespace promisehub
