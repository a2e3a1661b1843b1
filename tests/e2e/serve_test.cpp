// `promisehub serve`, as a person uses it: the binary runs on a copy of the example site, pages
// are fetched over HTTP, files are changed on disk, and Ctrl-C stops it.
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <fstream>
#include <functional>
#include <sstream>
#include <thread>

#include <gtest/gtest.h>
#include <httplib.h>
#include <boost/filesystem.hpp>

#include "support/temp_site.h"

namespace fs = boost::filesystem;
using namespace std::chrono_literals;

namespace promisehub {
namespace {

const char kUpdate[] = "content/updates/2024-05-22-whole-family-support.md";
const char kUpdatePage[] = "/updates/2024-05-22-whole-family-support/";

std::string read(const fs::path& p) {
  std::ifstream in(p.string(), std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void write(const fs::path& p, const std::string& text) {
  std::ofstream(p.string(), std::ios::binary | std::ios::trunc) << text;
}

std::string replace_first(std::string text, const std::string& from, const std::string& to) {
  std::size_t at = text.find(from);
  EXPECT_NE(at, std::string::npos) << "`" << from << "` is not in the text";
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

// Binds like a server would (SO_REUSEADDR): true when nothing is listening on the port.
bool port_is_free(int port) {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  int yes = 1;
  ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  bool ok =
      ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0 && ::listen(fd, 1) == 0;
  ::close(fd);
  return ok;
}

int free_port() {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
  socklen_t len = sizeof addr;
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
  ::close(fd);
  return ntohs(addr.sin_port);
}

bool eventually(const std::function<bool()>& ok, std::chrono::milliseconds within) {
  auto end = std::chrono::steady_clock::now() + within;
  while (std::chrono::steady_clock::now() < end) {
    if (ok()) return true;
    std::this_thread::sleep_for(25ms);
  }
  return ok();
}

// `promisehub serve` as a child process, its output in a file.
class ServeProcess {
 public:
  ServeProcess(const std::string& site, int port, const fs::path& log) : port_(port), log_(log) {
    std::string port_text = std::to_string(port);
    pid_ = ::fork();
    if (pid_ == 0) {
      int fd = ::open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      ::dup2(fd, 1);
      ::dup2(fd, 2);
      ::execl(PROMISEHUB_BINARY, PROMISEHUB_BINARY, "serve", "--site", site.c_str(), "--port",
              port_text.c_str(), static_cast<char*>(nullptr));
      _exit(127);
    }
  }
  ~ServeProcess() {
    if (pid_ > 0 && !exited_) {
      ::kill(pid_, SIGKILL);
      ::waitpid(pid_, nullptr, 0);
    }
  }

  // True once the server answers.
  bool ready() {
    return eventually(
        [&] {
          if (finished(0ms)) return false;
          httplib::Client client("127.0.0.1", port_);
          client.set_connection_timeout(1);
          return static_cast<bool>(client.Get("/"));
        },
        20s);
  }

  // Waits for the process to end; its exit code, or -1 when it did not end or was killed.
  int wait(std::chrono::milliseconds within) {
    if (!finished(within)) return -1;
    return WIFEXITED(status_) ? WEXITSTATUS(status_) : -1;
  }
  bool finished(std::chrono::milliseconds within) {
    if (exited_) return true;
    return eventually(
        [&] {
          if (::waitpid(pid_, &status_, WNOHANG) == pid_) exited_ = true;
          return exited_;
        },
        within);
  }
  void signal(int sig) { ::kill(pid_, sig); }
  std::string output() const { return read(log_); }

 private:
  pid_t pid_ = -1;
  int port_;
  fs::path log_;
  int status_ = 0;
  bool exited_ = false;
};

class Serve : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() / fs::unique_path("promisehub-serve-%%%%-%%%%-%%%%");
    site_ = root_ / "site";
    testing::copy_example_site(site_.string());
  }
  void TearDown() override {
    server_.reset();
    boost::system::error_code ec;
    fs::remove_all(root_, ec);
  }

  void start() {
    port_ = free_port();
    server_ = std::make_unique<ServeProcess>(site_.string(), port_, root_ / "serve.log");
    ASSERT_TRUE(server_->ready()) << server_->output();
  }
  httplib::Result get(const std::string& path) {
    httplib::Client client("127.0.0.1", port_);
    client.set_read_timeout(5);
    return client.Get(path.c_str());
  }
  std::string body(const std::string& path) {
    auto r = get(path);
    return r ? r->body : std::string();
  }

  fs::path root_, site_;
  int port_ = 0;
  std::unique_ptr<ServeProcess> server_;
};

TEST_F(Serve, ServesTheSiteWithPrettyAddressesTypesAndA404Page) {
  start();
  auto home = get("/");
  ASSERT_TRUE(home);
  EXPECT_EQ(home->status, 200);
  EXPECT_EQ(home->get_header_value("Content-Type"), "text/html; charset=utf-8");
  EXPECT_NE(home->body.find("Keeping The Promise in Midlothian"), std::string::npos);
  EXPECT_NE(home->body.find("__promisehub/live-reload.js"), std::string::npos);

  auto promise = get("/plans/midlothian-2021-24/1.1/");
  ASSERT_TRUE(promise);
  EXPECT_EQ(promise->status, 200);
  EXPECT_NE(promise->body.find("data-current"), std::string::npos);

  auto no_slash = get("/plans/midlothian-2021-24");
  ASSERT_TRUE(no_slash);
  EXPECT_EQ(no_slash->status, 301);
  EXPECT_EQ(no_slash->get_header_value("Location"), "/plans/midlothian-2021-24/");

  std::size_t css = home->body.find("/assets/style.");
  ASSERT_NE(css, std::string::npos);
  std::string css_path = home->body.substr(css, home->body.find('"', css) - css);
  auto style = get(css_path);
  ASSERT_TRUE(style);
  EXPECT_EQ(style->status, 200);
  EXPECT_EQ(style->get_header_value("Content-Type"), "text/css; charset=utf-8");
  EXPECT_EQ(get("/favicon.svg")->get_header_value("Content-Type"), "image/svg+xml");
  EXPECT_EQ(get("/feed.xml")->get_header_value("Content-Type"),
            "application/atom+xml; charset=utf-8");

  auto missing = get("/plans/no-such-plan/");
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->status, 404);
  EXPECT_NE(missing->body.find("Page not found"), std::string::npos);

  auto script = get("/__promisehub/live-reload.js");
  ASSERT_TRUE(script);
  EXPECT_EQ(script->status, 200);
  EXPECT_EQ(script->get_header_value("Content-Type"), "text/javascript; charset=utf-8");
  EXPECT_NE(script->body.find("EventSource"), std::string::npos);
}

TEST_F(Serve, ServesFilesOtherToolsPutInPublicButNothingOutsideIt) {
  fs::create_directories(site_ / "public/pagefind");
  write(site_ / "public/pagefind/pagefind-ui.js", "// the search index's script\n");
  write(root_ / "secret.txt", "not for the web\n");
  fs::create_symlink(root_, site_ / "public/outside");
  start();
  auto script = get("/pagefind/pagefind-ui.js");
  ASSERT_TRUE(script);
  EXPECT_EQ(script->status, 200);
  EXPECT_EQ(script->body, "// the search index's script\n");
  EXPECT_EQ(get("/outside/secret.txt")->status, 404)
      << "a link out of public/ must not be followed";
  EXPECT_EQ(get("/../secret.txt")->status, 404);
  EXPECT_EQ(get("/pagefind/../../secret.txt")->status, 404);
  EXPECT_EQ(get("/%2e%2e/secret.txt")->status, 404);
}

TEST_F(Serve, APublicFolderThatIsALinkOrAFileNoToolMadeIsNeverServed) {
  fs::create_directories(root_ / ".ssh");
  fs::create_directories(root_ / "pagefind");
  write(root_ / ".ssh/id_ed25519", "PRIVATE KEY\n");
  write(root_ / "pagefind/pagefind.js", "// not this site's\n");
  fs::create_symlink(root_, site_ / "public");  // public -> the folder above the site
  start();
  EXPECT_EQ(get("/.ssh/id_ed25519")->status, 404);
  EXPECT_EQ(get("/pagefind/pagefind.js")->status, 404) << "public/ itself is a link";
  fs::remove(site_ / "public");
  fs::create_directories(site_ / "public");
  write(site_ / "public/notes.txt", "left here by hand\n");
  EXPECT_EQ(get("/notes.txt")->status, 404)
      << "only the search index and the editor are served from public/";
}

TEST_F(Serve, AnswersOnlyToItsOwnNames) {
  start();
  for (const std::string& host :
       std::vector<std::string>{"evil.example", "evil.example:" + std::to_string(port_),
                                "127.0.0.1.evil.example", "localhost:x"}) {
    httplib::Client client("127.0.0.1", port_);
    auto r = client.Get("/", {{"Host", host}});
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 421) << host;
    EXPECT_EQ(r->body.find("<html"), std::string::npos) << host;
  }
  for (const std::string& host :
       std::vector<std::string>{"localhost:" + std::to_string(port_), "LOCALHOST",
                                "127.0.0.1:" + std::to_string(port_)}) {
    httplib::Client client("127.0.0.1", port_);
    auto r = client.Get("/", {{"Host", host}});
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 200) << host;
  }
}

TEST_F(Serve, AStaticFileSwappedForALinkAfterARefusedBuildIsNotFollowed) {
  fs::create_directories(site_ / "content/static/files");
  write(site_ / "content/static/files/note.txt", "hello\n");
  write(root_ / "secret.txt", "not for the web\n");
  start();
  ASSERT_EQ(body("/static/files/note.txt"), "hello\n");
  std::string good = read(site_ / kUpdate);
  write(site_ / kUpdate, replace_first(good, "date: 2024-05-22", "date: 2024-13-45"));
  ASSERT_TRUE(
      eventually([&] { return body("/").find("promisehub-errors") != std::string::npos; }, 2s));
  fs::remove(site_ / "content/static/files/note.txt");
  fs::create_symlink(root_ / "secret.txt", site_ / "content/static/files/note.txt");
  auto r = get("/static/files/note.txt");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->body.find("not for the web"), std::string::npos);
  EXPECT_EQ(r->status, 404);
}

TEST_F(Serve, AChangedFileIsServedWithin2Seconds) {
  start();
  ASSERT_NE(body(kUpdatePage).find("Building help around the whole family"), std::string::npos);
  write(site_ / kUpdate,
        replace_first(read(site_ / kUpdate), "title: Building help around the whole family",
                      "title: A brand new headline for families"));
  EXPECT_TRUE(eventually(
      [&] {
        return body(kUpdatePage).find("A brand new headline for families") != std::string::npos;
      },
      2s))
      << server_->output();
  EXPECT_NE(body("/updates/").find("A brand new headline for families"), std::string::npos);
}

TEST_F(Serve, OpenPagesAreToldToReload) {
  start();
  std::atomic<bool> reload{false};
  std::string received;
  std::thread listener([&] {
    httplib::Client client("127.0.0.1", port_);
    client.set_read_timeout(10);
    client.Get("/__promisehub/events", [&](const char* data, std::size_t n) {
      received.append(data, n);
      if (received.find("data: reload") != std::string::npos) reload = true;
      return !reload;
    });
  });
  ASSERT_TRUE(eventually([&] { return received.find("connected") != std::string::npos; }, 5s));
  write(site_ / kUpdate,
        replace_first(read(site_ / kUpdate), "title: Building", "title: Still building"));
  EXPECT_TRUE(eventually([&] { return reload.load(); }, 3s)) << received;
  listener.join();
}

TEST_F(Serve, ABrokenFileIsShownInThePageWhileTheLastGoodSiteIsServed) {
  start();
  ASSERT_NE(body(kUpdatePage).find("Building help around the whole family"), std::string::npos);
  std::string good = read(site_ / kUpdate);
  write(site_ / kUpdate,
        replace_first(good, "\"2.1\": needs-more", "\"2.1\": <script>alert(1)</script>"));
  std::string page;
  ASSERT_TRUE(eventually(
      [&] {
        page = body(kUpdatePage);
        return page.find("promisehub-errors") != std::string::npos;
      },
      2s))
      << server_->output();
  // The panel: visible, announced, with the file, line and column of the problem, escaped.
  EXPECT_NE(page.find("role=\"alert\""), std::string::npos);
  EXPECT_NE(page.find(std::string(kUpdate) + ":"), std::string::npos) << page.substr(0, 3000);
  EXPECT_EQ(page.find("<script>alert(1)</script>"), std::string::npos)
      << "the message must be escaped";
  EXPECT_NE(page.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
  // The last good site is still there, under the panel.
  EXPECT_NE(page.find("Building help around the whole family"), std::string::npos);
  EXPECT_NE(body("/").find("promisehub-errors"), std::string::npos) << "every page shows the panel";
  // And the terminal says the same, like `build`.
  EXPECT_TRUE(eventually(
      [&] { return server_->output().find(std::string(kUpdate) + ":") != std::string::npos; }, 1s))
      << server_->output();
  EXPECT_NE(server_->output().find("error:"), std::string::npos);

  // Fixed: the panel goes away.
  write(site_ / kUpdate, good);
  EXPECT_TRUE(eventually(
      [&] { return body(kUpdatePage).find("promisehub-errors") == std::string::npos; }, 2s));
}

TEST_F(Serve, ASiteThatDoesNotBuildYetShowsWhyAndComesUpOnceFixed) {
  std::string good = read(site_ / kUpdate);
  write(site_ / kUpdate, replace_first(good, "date: 2024-05-22", "date: 2024-13-45"));
  start();
  auto r = get("/");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 500);
  EXPECT_NE(r->body.find("promisehub-errors"), std::string::npos);
  EXPECT_NE(r->body.find(std::string(kUpdate) + ":"), std::string::npos) << r->body;
  EXPECT_NE(r->body.find("2024-13-45"), std::string::npos) << "the source line is shown";
  EXPECT_NE(r->body.find("__promisehub/live-reload.js"), std::string::npos)
      << "it must reload once fixed";
  write(site_ / kUpdate, good);
  EXPECT_TRUE(eventually(
      [&] {
        auto fixed = get("/");
        return fixed && fixed->status == 200 &&
               fixed->body.find("promisehub-errors") == std::string::npos;
      },
      2s))
      << server_->output();
}

TEST_F(Serve, NewFoldersAreWatchedToo) {
  start();
  fs::create_directories(site_ / "content/static/files");
  std::this_thread::sleep_for(200ms);  // the watch on the new folder is added on its creation
  write(site_ / "content/static/files/note.txt", "hello\n");
  EXPECT_TRUE(eventually(
      [&] {
        auto r = get("/static/files/note.txt");
        return r && r->status == 200 && r->body == "hello\n";
      },
      2s))
      << server_->output();
}

// Restoring a backup or switching branches removes content/ and makes it again: the new folder
// and every folder in it are watched, so later saves are shown without a restart.
TEST_F(Serve, ContentRemovedAndMadeAgainIsWatchedAgain) {
  start();
  ASSERT_NE(body(kUpdatePage).find("Building help around the whole family"), std::string::npos);
  fs::path backup = root_ / "backup";
  fs::rename(site_ / "content", backup);
  ASSERT_TRUE(
      eventually([&] { return body("/").find("promisehub-errors") != std::string::npos; }, 2s))
      << server_->output();
  // Restored: a new folder, with new folders in it, copied file by file.
  for (fs::recursive_directory_iterator it(backup), end; it != end; ++it) {
    fs::path to = site_ / "content" / it->path().lexically_relative(backup);
    // The listing may give a file before the folder it is in (content/site.gd.yaml first).
    fs::create_directories(fs::is_directory(it->path()) ? to : to.parent_path());
    if (!fs::is_directory(it->path())) fs::copy_file(it->path(), to);
  }
  ASSERT_TRUE(eventually(
      [&] {
        std::string page = body(kUpdatePage);
        return page.find("promisehub-errors") == std::string::npos &&
               page.find("Building help around the whole family") != std::string::npos;
      },
      2s))
      << server_->output();
  write(site_ / kUpdate,
        replace_first(read(site_ / kUpdate), "title: Building help around the whole family",
                      "title: Saved after the restore"));
  EXPECT_TRUE(eventually(
      [&] { return body(kUpdatePage).find("Saved after the restore") != std::string::npos; }, 2s))
      << server_->output();
  // The backup took its old watches with it: a change there is not a change to the site.
  write(backup / "updates/2024-05-22-whole-family-support.md", "not an update\n");
  std::this_thread::sleep_for(300ms);
  EXPECT_EQ(body(kUpdatePage).find("promisehub-errors"), std::string::npos);
}

// A folder moved out of content/ takes its watches with it: a save there is no change to the
// site, and is not reported under the folder's old name. Moved back, it is watched again.
TEST_F(Serve, AFolderMovedOutOfContentIsNoLongerWatched) {
  start();
  fs::path away = root_ / "updates-elsewhere";
  fs::rename(site_ / "content/updates", away);
  ASSERT_TRUE(eventually(
      [&] {
        auto r = get(kUpdatePage);
        return r && r->status == 404;
      },
      2s))
      << server_->output();
  std::this_thread::sleep_for(300ms);
  std::size_t seen = server_->output().size();
  fs::path moved = away / fs::path(kUpdate).filename();
  write(moved, replace_first(read(moved), "title: Building", "title: Saved elsewhere"));
  std::this_thread::sleep_for(500ms);
  EXPECT_EQ(server_->output().substr(seen).find("Changed:"), std::string::npos)
      << server_->output();
  fs::rename(away, site_ / "content/updates");
  EXPECT_TRUE(eventually(
      [&] { return body(kUpdatePage).find("Saved elsewhere") != std::string::npos; }, 2s))
      << server_->output();
  write(site_ / kUpdate,
        replace_first(read(site_ / kUpdate), "title: Saved elsewhere", "title: Saved back home"));
  EXPECT_TRUE(eventually(
      [&] { return body(kUpdatePage).find("Saved back home") != std::string::npos; }, 2s))
      << server_->output();
}

TEST_F(Serve, CtrlCStopsItCleanlyAndFreesThePort) {
  start();
  // An open events stream must not keep it from stopping.
  std::thread listener([&] {
    httplib::Client client("127.0.0.1", port_);
    client.set_read_timeout(10);
    client.Get("/__promisehub/events", [](const char*, std::size_t) { return true; });
  });
  std::this_thread::sleep_for(200ms);
  server_->signal(SIGINT);
  EXPECT_EQ(server_->wait(5s), 0) << server_->output();
  listener.join();
  EXPECT_TRUE(port_is_free(port_));
}

TEST_F(Serve, SigtermStopsItToo) {
  start();
  server_->signal(SIGTERM);
  EXPECT_EQ(server_->wait(5s), 0) << server_->output();
  EXPECT_TRUE(port_is_free(port_));
}

TEST_F(Serve, APortInUseIsAClearError) {
  start();
  ServeProcess second(site_.string(), port_, root_ / "second.log");
  EXPECT_EQ(second.wait(10s), 1);
  EXPECT_NE(second.output().find("cannot use port " + std::to_string(port_)), std::string::npos)
      << second.output();
  EXPECT_EQ(get("/")->status, 200) << "the first server keeps running";
}

TEST_F(Serve, ABadPortIsAUsageError) {
  for (const char* port : {"0", "65536", "http", "80x"}) {
    fs::path log = root_ / "bad.log";
    pid_t pid = ::fork();
    if (pid == 0) {
      int fd = ::open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      ::dup2(fd, 2);
      ::execl(PROMISEHUB_BINARY, PROMISEHUB_BINARY, "serve", "--site", site_.c_str(), "--port",
              port, static_cast<char*>(nullptr));
      _exit(127);
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 2) << "--port " << port;
    EXPECT_NE(read(log).find("--port should be a whole number from 1 to 65535"), std::string::npos)
        << read(log);
  }
}

}  // namespace
}  // namespace promisehub
