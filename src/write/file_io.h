// Files and folders relative to an open folder (openat and friends): a tree keeps being the same
// tree while it is renamed, and nothing ever follows a link planted where a file is written.
#pragma once

#include <string>

namespace promisehub {

// Writes `content` into a new file `path` under `dir` (fails if something is there already).
bool write_file_at(int dir, const std::string& path, const std::string& content);

// Copies the file `from` (any path, any file system) into a new file `path` under `dir`.
bool copy_file_at(const std::string& from, int dir, const std::string& path);

// The whole of a regular file (not a link to one); false when it cannot be read.
bool read_file_at(int dir, const std::string& path, std::string& bytes);

// Removes whatever is at `path` under `dir`: a file, a link, or a folder and all it holds.
void remove_at(int dir, const std::string& path);

// An open folder, closed when it goes.
class DirFd {
 public:
  DirFd() = default;
  explicit DirFd(int fd) : fd_(fd) {}
  DirFd(int dir, const std::string& path);  // -1 when it is not a folder (links not followed)
  ~DirFd();
  DirFd(const DirFd&) = delete;
  DirFd& operator=(const DirFd&) = delete;
  DirFd(DirFd&& o) noexcept : fd_(o.fd_) { o.fd_ = -1; }
  DirFd& operator=(DirFd&& o) noexcept;
  int get() const { return fd_; }
  bool valid() const { return fd_ >= 0; }

 private:
  int fd_ = -1;
};

}  // namespace promisehub
