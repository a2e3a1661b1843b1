// The preview's threads: HTTP (this thread), file watching and rebuilding, and signals.
#include "serve/preview.h"

#include <atomic>
#include <chrono>
#include <thread>

#include "serve/preview_server.h"
#include "serve/stop_signals.h"
#include "serve/watcher.h"

namespace promisehub {
namespace {

constexpr std::chrono::milliseconds kQuiet{20};     // one save often writes a file twice
constexpr std::chrono::milliseconds kLongest{500};  // a long copy still shows progress
constexpr std::chrono::milliseconds kStartPoll{10};

}  // namespace

int run_preview(const BuildOptions& options, int port, const PreviewReporter& report) {
  StopSignals signals;  // first, so every thread below inherits the blocked signals

  // Watching starts before the first build, so a save during that build is not missed.
  FileWatcher watcher({options.site_dir + "/content", options.site_dir + "/themes"});
  PreviewSite site(options);
  report.built(site.rebuild());

  PreviewServer server(site);
  if (auto problem = server.bind(port)) {
    report.problem(*problem);
    return 1;
  }
  if (!watcher.problem().empty())
    report.problem(watcher.problem() + "; the preview will not rebuild by itself");

  std::thread rebuilder([&] {
    while (auto changed = watcher.wait_for_changes(kQuiet, kLongest)) {
      report.changed(*changed);
      report.built(site.rebuild(&*changed));
    }
  });
  std::atomic<bool> finished{false};
  std::thread stopper([&] {
    if (signals.wait() != 0) report.stopping();
    watcher.stop();
    // httplib's stop() does nothing before the server runs: wait for it to start listening.
    while (!finished && !server.is_running()) std::this_thread::sleep_for(kStartPoll);
    if (!finished) server.stop();
  });

  report.serving("http://127.0.0.1:" + std::to_string(port) + "/");
  bool ran = server.run();
  finished = true;
  signals.cancel();
  watcher.stop();
  stopper.join();
  rebuilder.join();
  if (!ran) report.problem("the preview server stopped unexpectedly");
  return ran ? 0 : 1;
}

}  // namespace promisehub
