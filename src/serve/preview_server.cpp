// cpp-httplib wiring for the preview.
#include "serve/preview_server.h"

#include <sys/socket.h>

#include <algorithm>
#include <cstdlib>
#include <memory>

#include <httplib.h>

#include "core/text.h"

namespace promisehub {
namespace {

// One thread per connection: each open tab holds one for its events stream.
constexpr std::size_t kThreads = 32;
constexpr int kMostEventStreams = 24;  // the rest of the threads stay free for pages
// Bodies up to this size are compressed for the browser; bigger ones are sent as they are.
constexpr std::size_t kMostCompressedBytes = 1 << 20;
constexpr std::chrono::seconds kHeartbeat{5};

struct EventStream {
  std::uint64_t seen = 0;
  bool greeted = false;
};

bool write_text(httplib::DataSink& sink, const std::string& text) {
  return sink.write(text.data(), text.size());
}

}  // namespace

PreviewServer::PreviewServer(PreviewSite& site)
    : site_(site), server_(std::make_unique<httplib::Server>()) {
  server_->new_task_queue = [] { return new httplib::ThreadPool(kThreads); };
  // Only SO_REUSEADDR: httplib's default SO_REUSEPORT would let a second server share the port.
  server_->set_socket_options([](socket_t sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
  });
  server_->set_keep_alive_timeout(2);  // idle connections do not hold up Ctrl-C for long
  server_->Get(".*", [this](const httplib::Request& request, httplib::Response& response) {
    answer(request, response);
  });
}

PreviewServer::~PreviewServer() = default;

std::optional<std::string> PreviewServer::bind(int port) {
  if (server_->bind_to_port("127.0.0.1", port)) return std::nullopt;
  return "cannot use port " + std::to_string(port) +
         " on 127.0.0.1: another program (perhaps another `promisehub serve`) is using it. "
         "Stop that program, or choose another port, e.g. --port " +
         std::to_string(port == 65535 ? 1313 : port + 1);
}

bool PreviewServer::run() {
  return server_->listen_after_bind();
}

bool PreviewServer::is_running() const {
  return server_->is_running();
}

void PreviewServer::stop() {
  site_.builds().close();
  server_->stop();
}

void PreviewServer::answer(const httplib::Request& request, httplib::Response& response) {
  response.set_header("Cache-Control", "no-store");
  if (!is_preview_host(request.get_header_value("Host"))) {
    response.status = 421;
    response.set_content(
        "This preview answers only at http://127.0.0.1 or http://localhost, on this computer.\n",
        "text/plain; charset=utf-8");
    return;
  }
  if (ends_with(request.path, "/__promisehub/events")) return answer_events(request, response);
  PreviewResponse r = site_.respond(request.path);
  response.status = r.status;
  if (!r.location.empty()) response.set_header("Location", r.location);
  if (r.body.size() <= kMostCompressedBytes) {
    response.set_content(r.body, r.content_type);
    return;
  }
  // Sent as it is: cpp-httplib compresses set_content bodies on every request, and Brotli takes
  // minutes over a few megabytes (the web editor's 5 MB script), so the page never loads.
  auto body = std::make_shared<std::string>(std::move(r.body));
  response.set_content_provider(
      body->size(), r.content_type,
      [body](std::size_t offset, std::size_t length, httplib::DataSink& sink) {
        return sink.write(body->data() + offset, std::min(length, body->size() - offset));
      });
}

void PreviewServer::answer_events(const httplib::Request& request, httplib::Response& response) {
  if (open_streams_ >= kMostEventStreams) {
    response.status = 503;
    response.set_header("Retry-After", "5");
    response.set_content("Too many preview tabs are open; close some and reload.\n",
                         "text/plain; charset=utf-8");
    return;
  }
  auto stream = std::make_shared<EventStream>();
  // The build the page was served from: when it is already old, the first message reloads it.
  std::string build = request.get_param_value("build");
  char* end = nullptr;
  stream->seen = std::strtoull(build.c_str(), &end, 10);
  if (build.empty() || *end != '\0') stream->seen = site_.builds().current();

  ++open_streams_;
  response.set_chunked_content_provider(
      "text/event-stream",
      [this, stream](std::size_t, httplib::DataSink& sink) {
        if (!stream->greeted) {
          stream->greeted = true;
          return write_text(sink, "retry: 1000\n: connected\n\n");
        }
        switch (site_.builds().wait_for_change(stream->seen, kHeartbeat)) {
          case BuildCounter::Wait::rebuilt:
            return write_text(sink, "data: reload\n\n");
          case BuildCounter::Wait::timed_out:
            return write_text(sink, ": heartbeat\n\n");  // also finds out when the tab is gone
          case BuildCounter::Wait::closed:
            break;
        }
        sink.done();
        return true;
      },
      [this](bool) { --open_streams_; });
}

}  // namespace promisehub
