// The atomic writer. The new site is written into `.<out>.promisehub-tmp-<pid>-<n>` beside the
// output folder and swapped in whole. Builds share a lock on the parent folder while they write;
// a build that finds nobody else holding it knows every temporary folder there is stale.
#include "write/output_writer.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <mutex>
#include <system_error>
#include <vector>

#include <boost/filesystem.hpp>

#include "core/parallel.h"
#include "core/text.h"
#include "write/output_folder.h"

namespace fs = boost::filesystem;

namespace promisehub {
namespace {

const char kTempTag[] = ".promisehub-tmp-";
const char kOldTag[] = ".promisehub-old-";

// A regular file itself, not a link to one: only those are carried over by hard link.
bool is_plain_file(const fs::path& file) {
  boost::system::error_code ec;
  return fs::symlink_status(file, ec).type() == fs::regular_file && !ec;
}

bool same_bytes(const fs::path& file, const std::string& content) {
  boost::system::error_code ec;
  if (!is_plain_file(file) || fs::file_size(file, ec) != content.size() || ec) return false;
  std::ifstream in(file.string(), std::ios::binary);
  std::string existing(content.size(), '\0');
  in.read(existing.data(), static_cast<std::streamsize>(existing.size()));
  return in.gcount() == static_cast<std::streamsize>(content.size()) && existing == content;
}

bool same_file_bytes(const fs::path& a, const fs::path& b) {
  boost::system::error_code ec;
  if (!is_plain_file(a) || !fs::is_regular_file(b, ec)) return false;
  if (fs::file_size(a, ec) != fs::file_size(b, ec) || ec) return false;
  std::ifstream ia(a.string(), std::ios::binary), ib(b.string(), std::ios::binary);
  std::string ba((std::istreambuf_iterator<char>(ia)), {});
  std::string bb((std::istreambuf_iterator<char>(ib)), {});
  return ba == bb;
}

bool write_file(const fs::path& file, const std::string& content) {
  int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0644);
  if (fd < 0) return false;
  const char* p = content.data();
  std::size_t left = content.size();
  while (left > 0) {
    ssize_t n = ::write(fd, p, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      int saved = errno;
      ::close(fd);
      errno = saved;
      return false;
    }
    p += n;
    left -= static_cast<std::size_t>(n);
  }
  return ::close(fd) == 0;
}

// Copies `from` into a new file `to` by reading and writing, which works across file systems
// (Boost 1.74's copy_file gives up there with EXDEV) and never follows a link at `to`.
bool copy_file_bytes(const fs::path& from, const fs::path& to) {
  int in = ::open(from.c_str(), O_RDONLY | O_CLOEXEC);
  if (in < 0) return false;
  int out = ::open(to.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0644);
  if (out < 0) {
    int saved = errno;
    ::close(in);
    errno = saved;
    return false;
  }
  char buffer[1 << 16];
  bool ok = true;
  while (ok) {
    ssize_t n = ::read(in, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      ok = n == 0;
      break;
    }
    for (ssize_t done = 0; ok && done < n;) {
      ssize_t w = ::write(out, buffer + done, static_cast<std::size_t>(n - done));
      if (w < 0 && errno == EINTR) continue;
      ok = w > 0;
      if (ok) done += w;
    }
  }
  int saved = errno;
  ::close(in);
  if (::close(out) != 0) ok = false;
  if (!ok) errno = saved ? saved : EIO;
  return ok;
}

// True when `dir` is the root of a mounted file system (a volume, a tmpfs, a bind mount): such
// a folder cannot be renamed, so a new site cannot be swapped in for it.
bool is_mount_point(const fs::path& dir) {
  struct stat self {
  }, parent{};
  if (::lstat(dir.c_str(), &self) != 0 || !S_ISDIR(self.st_mode)) return false;
  if (::stat(dir.parent_path().c_str(), &parent) != 0) return false;
  return self.st_dev != parent.st_dev;
}

// Swaps two paths atomically where the kernel allows it (Linux renameat2 RENAME_EXCHANGE).
bool exchange_paths(const fs::path& a, const fs::path& b) {
#ifdef SYS_renameat2
  constexpr unsigned kRenameExchange = 2;
  return ::syscall(SYS_renameat2, AT_FDCWD, a.c_str(), AT_FDCWD, b.c_str(), kRenameExchange) == 0;
#else
  (void)a;
  (void)b;
  return false;
#endif
}

// An advisory lock (flock) on a folder, released when closed or when the process dies, however
// it dies: that is what makes a leftover folder recognisable as stale.
class FolderLock {
 public:
  explicit FolderLock(const fs::path& dir)
      : fd_(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)) {}
  ~FolderLock() {
    if (fd_ >= 0) ::close(fd_);
  }
  FolderLock(const FolderLock&) = delete;
  FolderLock& operator=(const FolderLock&) = delete;

  bool valid() const { return fd_ >= 0; }
  bool try_exclusive() { return fd_ >= 0 && ::flock(fd_, LOCK_EX | LOCK_NB) == 0; }
  bool shared() {
    while (fd_ >= 0 && ::flock(fd_, LOCK_SH) != 0)
      if (errno != EINTR) return false;
    return fd_ >= 0;
  }

 private:
  int fd_;
};

fs::path normalised_output(const std::string& out_dir) {
  fs::path out = fs::absolute(out_dir).lexically_normal();
  while (!out.empty() && (out.filename() == "." || out.filename().empty()) &&
         out != out.root_path())
    out = out.parent_path();
  return out;
}

// Removes (or, for a previous site moved aside, puts back) what killed builds left beside `out`.
// The caller holds the parent folder's lock exclusively: no other build is writing there.
void clean_beside(const fs::path& out) {
  std::string prefix = "." + out.filename().string();
  std::vector<fs::path> temps, olds;
  boost::system::error_code ec;
  for (fs::directory_iterator it(out.parent_path(), ec), end; !ec && it != end; it.increment(ec)) {
    std::string name = it->path().filename().string();
    if (starts_with(name, prefix + kTempTag)) temps.push_back(it->path());
    if (starts_with(name, prefix + kOldTag)) olds.push_back(it->path());
  }
  std::sort(olds.begin(), olds.end());
  // A build killed between moving the previous site aside and moving the new one in.
  if (!olds.empty() && !fs::exists(fs::symlink_status(out, ec))) {
    fs::rename(olds.back(), out, ec);
    if (!ec) olds.pop_back();
  }
  for (const auto& dir : temps) fs::remove_all(dir, ec);
  for (const auto& dir : olds) fs::remove_all(dir, ec);
}

}  // namespace

bool is_confined_output_path(const std::string& p) {
  if (p.empty() || p[0] == '/' || p.find('\\') != std::string::npos ||
      p.find('\0') != std::string::npos)
    return false;
  for (const auto& seg : split(p, '/')) {
    if (seg.empty() || seg == "." || seg == "..") return false;
  }
  return true;
}

void remove_stale_temporaries(const std::string& out_dir) {
  fs::path out = normalised_output(out_dir);
  if (out.empty() || out == out.root_path()) return;
  FolderLock lock(out.parent_path());
  if (lock.try_exclusive()) clean_beside(out);  // else a build is writing: its folders are live
}

WriteResult write_site_atomically(const PageSet& pages, const std::string& out_dir,
                                  Diagnostics& diags, const WriteOptions& options) {
  WriteResult result;
  boost::system::error_code ec;
  fs::path out = normalised_output(out_dir);
  if (out.empty() || out == out.root_path() || out.filename().empty()) {
    diags.error({out_dir, 0, 0}, "refusing to write the site into " + out.string(),
                "give an output folder with --out, e.g. --out public", "bad-output");
    return result;
  }
  if (is_mount_point(out)) {
    diags.error({out_dir, 0, 0},
                out.string() +
                    " is where another disk or volume is mounted, so a build cannot "
                    "swap the new site in for it",
                "build into a folder inside it instead, e.g. --out " + (out / "site").string() +
                    ", and publish that folder",
                "bad-output");
    return result;
  }
  if (auto refusal = refuse_output_folder(out, options.site_dir, pages)) {
    diags.error({out_dir, 0, 0}, refusal->message, refusal->hint, "bad-output");
    return result;
  }
  fs::create_directories(out.parent_path(), ec);
  FolderLock lock(out.parent_path());
  if (lock.try_exclusive()) clean_beside(out);
  lock.shared();  // held until the new site is in place

  static std::atomic<unsigned> counter{0};
  std::string id = std::to_string(::getpid()) + "-" + std::to_string(counter++);
  fs::path temp = out.parent_path() / ("." + out.filename().string() + kTempTag + id);
  if (!fs::create_directory(temp, ec) || ec) {
    diags.error({out.string(), 0, 0},
                "cannot create a folder beside the output folder: " + ec.message(),
                "check that you can write to " + out.parent_path().string(), "write-failed");
    return result;
  }
  auto fail = [&](const std::string& what) {
    diags.error({out.string(), 0, 0}, what, "the previous site was left as it was", "write-failed");
    boost::system::error_code rm;
    fs::remove_all(temp, rm);
    return result;
  };

  for (const char* keep : {".gitkeep"}) {
    if (is_plain_file(out / keep)) copy_file_bytes(out / keep, temp / keep);
  }
  if (!write_file(temp / kBuiltSiteMarker, kBuiltSiteMarkerText))
    return fail("cannot write " + std::string(kBuiltSiteMarker) + ": " + std::strerror(errno));
  for (const OutputFile& file : pages.files) {
    if (!is_confined_output_path(file.path) || file.path == kBuiltSiteMarker)
      return fail("refusing to write outside the output folder: " + file.path);
  }
  // Files are written on several cores: on a big hub, creating folders and files is most of the
  // time. Which thread writes a file changes nothing in it. When files cannot be written, the
  // first of them in path order is reported, whichever thread met it first.
  std::mutex problem_mutex;
  std::size_t problem_at = pages.files.size();
  std::string problem;
  std::atomic<bool> failed{false};
  std::atomic<std::size_t> written{0}, unchanged_count{0};
  parallel_for(
      pages.files.size(), options.jobs > 0 ? options.jobs : default_jobs(), [&](std::size_t i) {
        if (failed) return;
        const OutputFile& file = pages.files[i];
        auto report = [&](std::string what) {
          std::lock_guard<std::mutex> hold(problem_mutex);
          failed = true;
          if (i < problem_at) {
            problem_at = i;
            problem = std::move(what);
          }
        };
        boost::system::error_code file_ec;
        fs::path target = temp / file.path;
        fs::create_directories(target.parent_path(), file_ec);
        if (file_ec) {
          report("cannot create " + target.parent_path().string() + ": " + file_ec.message());
          return;
        }
        fs::path previous = out / file.path;
        bool unchanged = file.copy_from.empty() ? same_bytes(previous, file.content())
                                                : same_file_bytes(previous, file.copy_from);
        if (unchanged && ::link(previous.c_str(), target.c_str()) == 0) {
          ++unchanged_count;
          return;
        }
        bool ok;
        if (file.copy_from.empty()) {
          ok = write_file(target, file.content());
        } else {
          ok = copy_file_bytes(file.copy_from, target);
        }
        if (!ok) {
          int error = errno;
          report("cannot write " + file.path + ": " + std::system_category().message(error));
          return;
        }
        ++written;
      });
  if (failed) return fail(problem);
  result.written = written;
  result.unchanged = unchanged_count;

  // Into a folder that is not there yet, a plain rename; if another build got there first, the
  // folder now exists and is exchanged like any previous site.
  if (!fs::exists(fs::symlink_status(out, ec))) {
    fs::rename(temp, out, ec);
    if (!ec) {
      result.ok = true;
      return result;
    }
    if (ec != boost::system::errc::directory_not_empty && ec != boost::system::errc::file_exists)
      return fail("cannot move the new site into place: " + ec.message());
  }
  if (exchange_paths(temp, out)) {
    fs::remove_all(temp, ec);  // now holds the previous site
  } else {
    // No atomic exchange here: move the previous site aside, then the new one in. A build
    // killed in between is repaired by the next one (clean_beside puts the old site back).
    fs::path old = out.parent_path() / ("." + out.filename().string() + kOldTag + id);
    fs::rename(out, old, ec);
    if (ec) return fail("cannot move the previous site aside: " + ec.message());
    fs::rename(temp, out, ec);
    if (ec) {
      fs::rename(old, out, ec);
      return fail("cannot move the new site into place");
    }
    fs::remove_all(old, ec);
  }
  result.ok = true;
  return result;
}

}  // namespace promisehub
