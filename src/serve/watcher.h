// Watches folders recursively with inotify (Linux) and reports when files in them change,
// after a quiet period, so one save that touches several files causes one rebuild. A root that
// is removed and made again (a backup restored, a branch switched) is watched again.
#pragma once

#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace promisehub {

class FileWatcher {
 public:
  // Watches every folder under each root; a root that does not exist yet is watched from when
  // it is made.
  explicit FileWatcher(const std::vector<std::string>& roots);
  ~FileWatcher();
  FileWatcher(const FileWatcher&) = delete;
  FileWatcher& operator=(const FileWatcher&) = delete;

  // Empty when watching works; else why not (e.g. the inotify watch limit was reached).
  const std::string& problem() const { return problem_; }

  // Blocks until something changed, then until nothing more changed for `quiet` (at most
  // `longest` in all). Returns the paths that changed, or nullopt once stop() was called.
  std::optional<std::vector<std::string>> wait_for_changes(std::chrono::milliseconds quiet,
                                                           std::chrono::milliseconds longest);

  // Wakes wait_for_changes from any thread (or a signal handler): it returns nullopt.
  void stop();

 private:
  void watch_tree(const std::string& dir);
  // Stops watching `dir` and every folder under it: after a move, their watches would follow
  // the folders to where their old names no longer lead.
  void unwatch_tree(const std::string& dir);
  // The folder holding a root, for the root's own creation, removal and renaming.
  void watch_parent_of(const std::string& root);
  // Reads pending events, adding watches for new folders; appends changed paths.
  void read_events(std::vector<std::string>& changed);

  int inotify_fd_ = -1;
  int wake_fd_ = -1;                    // an eventfd written by stop()
  std::map<int, std::string> folders_;  // watch descriptor -> folder path
  // Watch descriptor of a root's parent -> the roots it holds (full paths).
  std::map<int, std::vector<std::string>> parents_;
  std::string problem_;
};

}  // namespace promisehub
