// The live-reload script and build counter.
#include "serve/live_reload.h"

namespace promisehub {

const std::string& live_reload_script() {
  // No inline script and no eval: the page's own Content-Security-Policy (if any) still holds.
  // The page carries the build it was served from; the stream says "reload" when that is old.
  static const std::string script =
      R"JS(// Promise Hub preview: reloads this page when the site is rebuilt.
(function () {
  "use strict";
  // The problems panel, when the last save broke the site: focused, so that a screen reader
  // reads it and the keyboard starts there (it is fixed to the top of the window).
  var panel = document.querySelector(".promisehub-errors");
  if (panel && panel.focus) panel.focus({ preventScroll: true });
  if (!window.EventSource) return;
  var me = document.currentScript;
  var base = me ? me.src.replace(/live-reload\.js(\?.*)?$/, "") : "/__promisehub/";
  var meta = document.querySelector('meta[name="promisehub-build"]');
  var build = meta ? meta.getAttribute("content") : "";
  var source = new EventSource(base + "events?build=" + encodeURIComponent(build));
  source.onmessage = function (event) {
    if (event.data === "reload") {
      source.close();
      window.location.reload();
    }
  };
})();
)JS";
  return script;
}

BuildCounter::BuildCounter()
    : count_(static_cast<std::uint64_t>(std::chrono::duration_cast<std::chrono::milliseconds>(
                                            std::chrono::system_clock::now().time_since_epoch())
                                            .count())) {}

std::uint64_t BuildCounter::current() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return count_;
}

std::uint64_t BuildCounter::advance() {
  std::uint64_t now;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    now = ++count_;
  }
  changed_.notify_all();
  return now;
}

BuildCounter::Wait BuildCounter::wait_for_change(std::uint64_t& seen,
                                                 std::chrono::milliseconds timeout) const {
  std::unique_lock<std::mutex> lock(mutex_);
  bool woke = changed_.wait_for(lock, timeout, [&] { return closed_ || count_ != seen; });
  if (closed_) return Wait::closed;
  if (!woke) return Wait::timed_out;
  seen = count_;
  return Wait::rebuilt;
}

void BuildCounter::close() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    closed_ = true;
  }
  changed_.notify_all();
}

}  // namespace promisehub
