// The atomic writer. Beside the output folder `<out>` it keeps the previous generation of the site
// (`.<out>.promisehub-previous`, mostly hard links to the live files) and a manifest of both trees
// (`.<out>.promisehub-manifest`). A build moves the previous generation to
// `.<out>.promisehub-tmp-<pid>-<n>`, brings it up to date with only what changed, swaps it in
// whole, and keeps the site it replaced as the next previous generation. Builds share a lock on
// the parent folder while they write; a build that finds nobody else holding it knows every
// temporary folder there is stale.
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
#include "write/file_io.h"
#include "write/manifest.h"
#include "write/output_folder.h"
#include "write/tree_update.h"

namespace fs = boost::filesystem;

namespace promisehub {
namespace {

const char kTempTag[] = ".promisehub-tmp-";
const char kOldTag[] = ".promisehub-old-";
const char kPreviousTag[] = ".promisehub-previous";
const char kManifestTag[] = ".promisehub-manifest";

// A regular file itself, not a link to one.
bool is_plain_file(const fs::path& file) {
  boost::system::error_code ec;
  return fs::symlink_status(file, ec).type() == fs::regular_file && !ec;
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

std::string beside_output(const std::string& out_dir, const std::string& tag) {
  fs::path out = normalised_output(out_dir);
  return (out.parent_path() / ("." + out.filename().string() + tag)).string();
}

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
  for (const OutputFile& file : pages.files) {
    if (is_confined_output_path(file.path) && file.path != kBuiltSiteMarker) continue;
    diags.error({out.string(), 0, 0}, "refusing to write outside the output folder: " + file.path,
                "the previous site was left as it was", "write-failed");
    return result;
  }
  fs::create_directories(out.parent_path(), ec);
  FolderLock lock(out.parent_path());
  if (lock.try_exclusive()) clean_beside(out);
  lock.shared();  // held until the new site is in place

  static std::atomic<unsigned> counter{0};
  std::string id = std::to_string(::getpid()) + "-" + std::to_string(counter++);
  std::string beside = "." + out.filename().string();
  fs::path temp = out.parent_path() / (beside + kTempTag + id);
  fs::path previous = out.parent_path() / (beside + kPreviousTag);
  std::string manifest_file = beside_output(out.string(), kManifestTag);

  // The previous generation is taken only if a build made it; otherwise a new folder.
  Manifests known = read_manifests(manifest_file);
  auto known_tree = [&](int fd) -> TreeManifest* {
    struct stat st {};
    if (fd < 0 || ::fstat(fd, &st) != 0) return nullptr;
    auto it = known.find(static_cast<std::uint64_t>(st.st_ino));
    return it == known.end() ? nullptr : &it->second;
  };
  DirFd live(AT_FDCWD, out.string());
  bool reused = is_plain_file(previous / kBuiltSiteMarker) && !is_mount_point(previous) &&
                ::rename(previous.c_str(), temp.c_str()) == 0;
  if (!reused && (!fs::create_directory(temp, ec) || ec)) {
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
  DirFd tree(AT_FDCWD, temp.string());
  if (!tree.valid()) return fail("cannot open " + temp.string() + ": " + std::strerror(errno));

  OutputFile marker(kBuiltSiteMarker, kBuiltSiteMarkerText);
  std::vector<const OutputFile*> files;
  files.reserve(pages.files.size() + 1);
  for (const OutputFile& file : pages.files) files.push_back(&file);
  auto at =
      std::lower_bound(files.begin(), files.end(), &marker,
                       [](const OutputFile* a, const OutputFile* b) { return a->path < b->path; });
  std::size_t marker_at = static_cast<std::size_t>(at - files.begin());
  files.insert(at, &marker);
  TreeUpdate how;
  how.tree = tree.get();
  how.live = live.get();
  how.tree_known = reused ? known_tree(tree.get()) : nullptr;
  TreeManifest* live_known = known_tree(live.get());
  how.live_known = live_known;
  how.jobs = options.jobs > 0 ? options.jobs : default_jobs();
  how.uncounted = marker_at;  // the build's own bookkeeping, not a page
  TreeUpdateResult updated = update_tree(files, how);
  if (!updated.ok) return fail(updated.problem);
  result.written = updated.written;
  result.unchanged = updated.unchanged;
  result.touched = updated.touched;
  Manifests next;
  struct stat tree_st {};
  if (::fstat(tree.get(), &tree_st) == 0)
    next[static_cast<std::uint64_t>(tree_st.st_ino)] = std::move(updated.manifest);
  // The site being replaced becomes the previous generation, with what is known about it.
  auto keep_previous = [&](const fs::path& replaced) {
    struct stat st {};
    if (live_known && ::fstat(live.get(), &st) == 0 &&
        ::rename(replaced.c_str(), previous.c_str()) == 0) {
      next[static_cast<std::uint64_t>(st.st_ino)] = std::move(*live_known);
    } else {
      fs::remove_all(replaced, ec);
    }
    write_manifests(manifest_file, next);
  };

  // Into a folder that is not there yet, a plain rename; if another build got there first, the
  // folder now exists and is exchanged like any previous site.
  if (!fs::exists(fs::symlink_status(out, ec))) {
    fs::rename(temp, out, ec);
    if (!ec) {
      write_manifests(manifest_file, next);
      result.ok = true;
      return result;
    }
    if (ec != boost::system::errc::directory_not_empty && ec != boost::system::errc::file_exists)
      return fail("cannot move the new site into place: " + ec.message());
  }
  if (exchange_paths(temp, out)) {
    keep_previous(temp);  // now holds the site it replaced
  } else {
    // No atomic exchange here: move the previous site aside, then the new one in. A build
    // killed in between is repaired by the next one (clean_beside puts the old site back).
    fs::path old = out.parent_path() / (beside + kOldTag + id);
    fs::rename(out, old, ec);
    if (ec) return fail("cannot move the previous site aside: " + ec.message());
    fs::rename(temp, out, ec);
    if (ec) {
      fs::rename(old, out, ec);
      return fail("cannot move the new site into place");
    }
    keep_previous(old);
  }
  result.ok = true;
  return result;
}

}  // namespace promisehub
