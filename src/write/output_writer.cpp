// The atomic writer.
#include "write/output_writer.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>

#include <boost/filesystem.hpp>

#include "core/text.h"

namespace fs = boost::filesystem;

namespace promisehub {
namespace {

const char kTempTag[] = ".promisehub-tmp-";
const char kOldTag[] = ".promisehub-old-";

// Files a person may keep in the output folder in git; carried over, never generated.
bool is_keep_file(const std::string& name) { return name == ".gitkeep"; }

bool same_bytes(const fs::path& file, const std::string& content) {
  boost::system::error_code ec;
  if (!fs::is_regular_file(file, ec) || fs::file_size(file, ec) != content.size() || ec)
    return false;
  std::ifstream in(file.string(), std::ios::binary);
  std::string existing(content.size(), '\0');
  in.read(existing.data(), static_cast<std::streamsize>(existing.size()));
  return in.gcount() == static_cast<std::streamsize>(content.size()) && existing == content;
}

bool same_file_bytes(const fs::path& a, const fs::path& b) {
  boost::system::error_code ec;
  if (!fs::is_regular_file(a, ec) || !fs::is_regular_file(b, ec)) return false;
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
      ::close(fd);
      return false;
    }
    p += n;
    left -= static_cast<std::size_t>(n);
  }
  return ::close(fd) == 0;
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

bool process_alive(long pid) { return pid > 0 && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM); }

bool looks_like_output_folder(const fs::path& out) {
  boost::system::error_code ec;
  if (!fs::exists(out, ec)) return true;
  if (!fs::is_directory(out, ec)) return false;
  if (fs::exists(out / "index.html", ec) || fs::exists(out / "404.html", ec)) return true;
  for (fs::directory_iterator it(out, ec), end; !ec && it != end; it.increment(ec)) {
    std::string name = it->path().filename().string();
    if (!is_keep_file(name)) return false;
  }
  return true;
}

}  // namespace

bool is_confined_output_path(const std::string& p) {
  if (p.empty() || p[0] == '/' || p.find('\\') != std::string::npos || p.find('\0') != std::string::npos)
    return false;
  for (const auto& seg : split(p, '/')) {
    if (seg.empty() || seg == "." || seg == "..") return false;
  }
  return true;
}

void remove_stale_temporaries(const std::string& out_dir) {
  fs::path out = fs::absolute(out_dir);
  std::string prefix = "." + out.filename().string();
  boost::system::error_code ec;
  for (fs::directory_iterator it(out.parent_path(), ec), end; !ec && it != end; it.increment(ec)) {
    std::string name = it->path().filename().string();
    for (const char* tag : {kTempTag, kOldTag}) {
      std::string start = prefix + tag;
      if (!starts_with(name, start)) continue;
      long pid = std::strtol(name.c_str() + start.size(), nullptr, 10);
      if (!process_alive(pid) || pid == static_cast<long>(::getpid())) {
        boost::system::error_code rm;
        fs::remove_all(it->path(), rm);
      }
    }
  }
}

WriteResult write_site_atomically(const PageSet& pages, const std::string& out_dir,
                                  Diagnostics& diags) {
  WriteResult result;
  boost::system::error_code ec;
  fs::path out = fs::absolute(out_dir).lexically_normal();
  if (out.filename() == "." || out.filename().empty()) out = out.parent_path();
  if (out == out.root_path() || out.filename().empty()) {
    diags.error({out_dir, 0, 0}, "refusing to write the site into " + out.string(),
                "give an output folder with --out, e.g. --out public", "bad-output");
    return result;
  }
  if (!looks_like_output_folder(out)) {
    diags.error({out_dir, 0, 0},
                "the output folder already holds files that are not a built site",
                "choose an empty folder with --out; Promise Hub replaces the whole folder", "bad-output");
    return result;
  }
  fs::create_directories(out.parent_path(), ec);
  remove_stale_temporaries(out.string());

  std::string pid = std::to_string(::getpid());
  fs::path temp = out.parent_path() / ("." + out.filename().string() + kTempTag + pid);
  fs::remove_all(temp, ec);
  if (!fs::create_directory(temp, ec) || ec) {
    diags.error({out.string(), 0, 0}, "cannot create a folder beside the output folder: " + ec.message(),
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
    if (fs::is_regular_file(out / keep, ec)) fs::copy_file(out / keep, temp / keep, ec);
  }
  for (const OutputFile& file : pages.files) {
    if (!is_confined_output_path(file.path)) return fail("refusing to write outside the output folder: " + file.path);
    fs::path target = temp / file.path;
    fs::create_directories(target.parent_path(), ec);
    if (ec) return fail("cannot create " + target.parent_path().string() + ": " + ec.message());
    fs::path previous = out / file.path;
    bool unchanged = file.copy_from.empty() ? same_bytes(previous, file.content)
                                            : same_file_bytes(previous, file.copy_from);
    if (unchanged && ::link(previous.c_str(), target.c_str()) == 0) {
      ++result.unchanged;
      continue;
    }
    bool ok;
    if (file.copy_from.empty()) {
      ok = write_file(target, file.content);
    } else {
      fs::copy_file(file.copy_from, target, ec);
      ok = !ec;
    }
    if (!ok) return fail("cannot write " + file.path + ": " + std::strerror(errno));
    ++result.written;
  }

  if (fs::exists(out, ec)) {
    if (exchange_paths(temp, out)) {
      fs::remove_all(temp, ec);  // now holds the previous site
    } else {
      fs::path old = out.parent_path() / ("." + out.filename().string() + kOldTag + pid);
      fs::rename(out, old, ec);
      if (ec) return fail("cannot move the previous site aside: " + ec.message());
      fs::rename(temp, out, ec);
      if (ec) {
        fs::rename(old, out, ec);
        return fail("cannot move the new site into place");
      }
      fs::remove_all(old, ec);
    }
  } else {
    fs::rename(temp, out, ec);
    if (ec) return fail("cannot move the new site into place: " + ec.message());
  }
  result.ok = true;
  return result;
}

}  // namespace promisehub
