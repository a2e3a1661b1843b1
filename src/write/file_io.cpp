#include "write/file_io.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <vector>

namespace promisehub {
namespace {

bool write_all(int fd, const char* p, std::size_t left) {
  while (left > 0) {
    ssize_t n = ::write(fd, p, left);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    p += n;
    left -= static_cast<std::size_t>(n);
  }
  return true;
}

int create_at(int dir, const std::string& path) {
  return ::openat(dir, path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0644);
}

bool finish(int fd, bool ok) {
  int saved = errno;
  if (::close(fd) != 0) return false;
  errno = saved;
  return ok;
}

// Everything under the open folder `fd`, then the folder's own fd is closed.
void empty_folder(int fd) {
  DIR* d = ::fdopendir(fd);
  if (!d) {
    ::close(fd);
    return;
  }
  std::vector<std::string> names;
  while (dirent* e = ::readdir(d)) {
    std::string name = e->d_name;
    if (name != "." && name != "..") names.push_back(name);
  }
  for (const auto& name : names) remove_at(::dirfd(d), name);
  ::closedir(d);
}

}  // namespace

bool write_file_at(int dir, const std::string& path, const std::string& content) {
  int fd = create_at(dir, path);
  if (fd < 0) return false;
  return finish(fd, write_all(fd, content.data(), content.size()));
}

// Read and write rather than copy_file_range or Boost's copy_file: works across file systems.
bool copy_file_at(const std::string& from, int dir, const std::string& path) {
  int in = ::open(from.c_str(), O_RDONLY | O_CLOEXEC);
  if (in < 0) return false;
  int out = create_at(dir, path);
  if (out < 0) {
    int saved = errno;
    ::close(in);
    errno = saved;
    return false;
  }
  char buffer[1 << 16];
  bool ok = true;
  for (;;) {
    ssize_t n = ::read(in, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      ok = n == 0;
      break;
    }
    if (!write_all(out, buffer, static_cast<std::size_t>(n))) {
      ok = false;
      break;
    }
  }
  ::close(in);
  if (!finish(out, ok)) {
    if (!errno) errno = EIO;
    return false;
  }
  return true;
}

bool read_file_at(int dir, const std::string& path, std::string& bytes) {
  int fd = ::openat(dir, path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
  if (fd < 0) return false;
  struct stat st {};
  bool ok = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
  bytes.clear();
  if (ok) bytes.resize(static_cast<std::size_t>(st.st_size));
  std::size_t got = 0;
  while (ok && got < bytes.size()) {
    ssize_t n = ::read(fd, bytes.data() + got, bytes.size() - got);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      ok = false;
      break;
    }
    got += static_cast<std::size_t>(n);
  }
  ::close(fd);
  return ok;
}

void remove_at(int dir, const std::string& path) {
  if (::unlinkat(dir, path.c_str(), 0) == 0 || errno == ENOENT) return;
  int sub = ::openat(dir, path.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  if (sub < 0) return;
  empty_folder(sub);
  ::unlinkat(dir, path.c_str(), AT_REMOVEDIR);
}

DirFd::DirFd(int dir, const std::string& path)
    : fd_(::openat(dir, path.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)) {}

DirFd::~DirFd() {
  if (fd_ >= 0) ::close(fd_);
}

DirFd& DirFd::operator=(DirFd&& o) noexcept {
  if (this != &o) {
    if (fd_ >= 0) ::close(fd_);
    fd_ = o.fd_;
    o.fd_ = -1;
  }
  return *this;
}

}  // namespace promisehub
