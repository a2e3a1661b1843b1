// The inotify file watcher.
#include "serve/watcher.h"

#include <poll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <boost/filesystem.hpp>

#include "core/text.h"

namespace fs = boost::filesystem;

namespace promisehub {
namespace {

// A root's parent holds other things (the site folder holds public/, rewritten by each build):
// only the root's own name matters there.
constexpr std::uint32_t kParentEvents =
    IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF | IN_ONLYDIR;
constexpr std::uint32_t kFolderEvents = IN_CLOSE_WRITE | IN_MODIFY | IN_CREATE | IN_DELETE |
                                        IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB | IN_DELETE_SELF |
                                        IN_ONLYDIR;

// Editors' swap and backup files change on every keystroke; they are never content.
bool is_editor_scratch(const std::string& name) {
  return name.empty() || name[0] == '.' || ends_with(name, "~") || ends_with(name, ".swp") ||
         ends_with(name, ".swx") || name == "4913";
}

}  // namespace

FileWatcher::FileWatcher(const std::vector<std::string>& roots) {
  inotify_fd_ = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  wake_fd_ = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
  if (inotify_fd_ < 0 || wake_fd_ < 0) {
    problem_ = std::string("cannot watch files for changes: ") + std::strerror(errno);
    return;
  }
  for (const auto& root : roots) {
    watch_parent_of(root);
    boost::system::error_code ec;
    if (fs::is_directory(root, ec)) watch_tree(root);
  }
}

void FileWatcher::watch_parent_of(const std::string& root) {
  fs::path parent = fs::path(root).parent_path();
  if (parent.empty()) parent = ".";
  int wd = ::inotify_add_watch(inotify_fd_, parent.c_str(), kParentEvents);
  if (wd < 0) {
    if (problem_.empty())
      problem_ = "cannot watch " + parent.string() + ": " + std::strerror(errno) +
                 " (a removed and restored " + root + " would not be seen)";
    return;
  }
  parents_[wd].push_back(root);
}

void FileWatcher::unwatch_tree(const std::string& dir) {
  for (auto it = folders_.begin(); it != folders_.end();) {
    if (it->second == dir || starts_with(it->second, dir + "/")) {
      ::inotify_rm_watch(inotify_fd_, it->first);  // its IN_IGNORED then finds nothing
      it = folders_.erase(it);
    } else {
      ++it;
    }
  }
}

FileWatcher::~FileWatcher() {
  if (inotify_fd_ >= 0) ::close(inotify_fd_);
  if (wake_fd_ >= 0) ::close(wake_fd_);
}

void FileWatcher::watch_tree(const std::string& dir) {
  if (inotify_fd_ < 0) return;
  int wd = ::inotify_add_watch(inotify_fd_, dir.c_str(), kFolderEvents);
  if (wd < 0) {
    if (problem_.empty()) {
      problem_ = "cannot watch " + dir + ": " + std::strerror(errno);
      if (errno == ENOSPC)
        problem_ += " (raise fs.inotify.max_user_watches, or restart serve after a change)";
    }
    return;
  }
  folders_[wd] = dir;
  boost::system::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    std::string name = it->path().filename().string();
    // Symlinked folders are not followed: content_tree refuses links that leave content/.
    if (!is_editor_scratch(name) && fs::is_directory(it->symlink_status(ec)))
      watch_tree(it->path().string());
  }
}

void FileWatcher::read_events(std::vector<std::string>& changed) {
  alignas(inotify_event) char buffer[16384];
  for (;;) {
    ssize_t n = ::read(inotify_fd_, buffer, sizeof buffer);
    if (n <= 0) return;  // EAGAIN: nothing more for now
    for (char* p = buffer; p < buffer + n;) {
      auto* event = reinterpret_cast<inotify_event*>(p);
      p += sizeof(inotify_event) + event->len;
      if (event->mask & IN_Q_OVERFLOW) {
        // Events were lost, a root's removal or a new folder perhaps: every root is watched
        // afresh and counts as changed, so the next build lists them all.
        for (const auto& [wd, roots] : parents_) {
          for (const auto& root : roots) {
            unwatch_tree(root);
            boost::system::error_code ec;
            if (fs::is_directory(root, ec)) watch_tree(root);
            changed.push_back(root);
          }
        }
        continue;
      }
      if (auto parent = parents_.find(event->wd); parent != parents_.end()) {
        if (event->mask & IN_IGNORED) {
          parents_.erase(parent);
          continue;
        }
        if (event->len == 0) continue;
        std::string name(event->name);
        for (const auto& root : parent->second) {
          if (fs::path(root).filename().string() != name) continue;
          // Gone or renamed away: the old watches would follow the folder elsewhere. Back, or
          // made for the first time: every folder in it is watched from now on, and since it
          // may already hold files, the whole root counts as changed.
          unwatch_tree(root);
          boost::system::error_code ec;
          if ((event->mask & (IN_CREATE | IN_MOVED_TO)) && fs::is_directory(root, ec))
            watch_tree(root);
          changed.push_back(root);
        }
        continue;
      }
      auto folder = folders_.find(event->wd);
      if (folder == folders_.end()) continue;
      if (event->mask & IN_IGNORED) {
        folders_.erase(folder);
        continue;
      }
      std::string name = event->len > 0 ? std::string(event->name) : std::string();
      if (event->len > 0 && is_editor_scratch(name)) continue;
      std::string path = name.empty() ? folder->second : folder->second + "/" + name;
      // A new folder (made, or moved in) needs its own watch, and may already hold files; one
      // moved away takes its watches with it, under a name that no longer leads to it.
      if ((event->mask & IN_ISDIR) && (event->mask & (IN_CREATE | IN_MOVED_TO))) watch_tree(path);
      if ((event->mask & IN_ISDIR) && (event->mask & IN_MOVED_FROM)) unwatch_tree(path);
      changed.push_back(path);
    }
  }
}

std::optional<std::vector<std::string>> FileWatcher::wait_for_changes(
    std::chrono::milliseconds quiet, std::chrono::milliseconds longest) {
  if (inotify_fd_ < 0) {
    // Nothing to watch with: just wait to be stopped.
    pollfd wake{wake_fd_, POLLIN, 0};
    while (::poll(&wake, 1, -1) < 0 && errno == EINTR) {
    }
    return std::nullopt;
  }
  std::vector<std::string> changed;
  auto first_change = std::chrono::steady_clock::time_point{};
  for (;;) {
    int timeout = -1;
    if (!changed.empty()) {
      auto elapsed = std::chrono::steady_clock::now() - first_change;
      if (elapsed >= longest) break;
      timeout = static_cast<int>(
          std::min(quiet, std::chrono::duration_cast<std::chrono::milliseconds>(longest - elapsed))
              .count());
    }
    pollfd fds[2] = {{inotify_fd_, POLLIN, 0}, {wake_fd_, POLLIN, 0}};
    int ready = ::poll(fds, 2, timeout);
    if (ready < 0) {
      if (errno == EINTR) continue;
      return std::nullopt;
    }
    if (fds[1].revents & POLLIN) return std::nullopt;
    if (ready == 0) break;  // quiet for long enough
    bool was_empty = changed.empty();
    read_events(changed);
    if (was_empty && !changed.empty()) first_change = std::chrono::steady_clock::now();
  }
  std::sort(changed.begin(), changed.end());
  changed.erase(std::unique(changed.begin(), changed.end()), changed.end());
  return changed;
}

void FileWatcher::stop() {
  std::uint64_t one = 1;
  if (wake_fd_ >= 0) {
    ssize_t ignored = ::write(wake_fd_, &one, sizeof one);
    (void)ignored;
  }
}

}  // namespace promisehub
