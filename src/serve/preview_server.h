// The HTTP side of `serve`: answers from the PreviewSite on 127.0.0.1, and the live-reload
// events stream (server-sent events) that tells open pages to reload after a rebuild.
#pragma once

#include <atomic>
#include <memory>
#include <optional>
#include <string>

#include "serve/preview_site.h"

namespace httplib {
class Server;
struct Request;
struct Response;
}  // namespace httplib

namespace promisehub {

class PreviewServer {
 public:
  explicit PreviewServer(PreviewSite& site);
  ~PreviewServer();
  PreviewServer(const PreviewServer&) = delete;
  PreviewServer& operator=(const PreviewServer&) = delete;

  // Takes the port on 127.0.0.1. A message saying what to do when it cannot.
  std::optional<std::string> bind(int port);
  // Answers requests until stop(). False when the server could not run.
  bool run();
  bool is_running() const;
  // From any thread: ends the events streams, stops accepting and returns from run().
  void stop();

 private:
  void answer(const httplib::Request& request, httplib::Response& response);
  void answer_events(const httplib::Request& request, httplib::Response& response);

  PreviewSite& site_;
  std::unique_ptr<httplib::Server> server_;
  std::atomic<int> open_streams_{0};
};

}  // namespace promisehub
