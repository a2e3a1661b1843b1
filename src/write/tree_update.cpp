// The tree update: check what the manifest says against a stat of each path, remove what should
// not be there, make the missing folders, then bring the files up to date on several cores.
#include "write/tree_update.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <map>
#include <mutex>
#include <set>
#include <system_error>
#include <unordered_map>

#include "core/parallel.h"
#include "write/file_io.h"

namespace promisehub {
namespace {

bool stat_at(int dir, const std::string& path, struct stat& st) {
  return ::fstatat(dir, path.empty() ? "." : path.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0;
}

std::string parent_of(const std::string& path) {
  auto slash = path.rfind('/');
  return slash == std::string::npos ? std::string() : path.substr(0, slash);
}

std::string join(const std::string& dir, const std::string& name) {
  return dir.empty() ? name : dir + "/" + name;
}

// Names and inodes in an open folder (d_ino from readdir: no stat needed to see a hard link).
std::map<std::string, std::pair<ino_t, unsigned char>> list_folder(int dir,
                                                                   const std::string& path) {
  std::map<std::string, std::pair<ino_t, unsigned char>> names;
  int fd = ::openat(dir, path.empty() ? "." : path.c_str(),
                    O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0) return names;
  DIR* d = ::fdopendir(fd);
  if (!d) {
    ::close(fd);
    return names;
  }
  while (dirent* e = ::readdir(d)) {
    std::string name = e->d_name;
    if (name != "." && name != "..") names[name] = {e->d_ino, e->d_type};
  }
  ::closedir(d);
  return names;
}

// Makes `path` in the tree what it is in the live site, by hard links, looking only at what
// differs: a file that is already the same inode is left alone.
void carry_over(int live, int tree, const std::string& path) {
  struct stat from {
  }, to{};
  bool have_from = stat_at(live, path, from), have_to = stat_at(tree, path, to);
  bool file = have_from && S_ISREG(from.st_mode), folder = have_from && S_ISDIR(from.st_mode);
  if (have_to && (!(file || folder) || (file && to.st_ino != from.st_ino) ||
                  (folder && !S_ISDIR(to.st_mode)))) {
    remove_at(tree, path);
    have_to = false;
  }
  if (file && !have_to) ::linkat(live, path.c_str(), tree, path.c_str(), 0);
  if (!folder) return;
  if (!have_to && ::mkdirat(tree, path.c_str(), 0755) != 0) return;
  auto wanted = list_folder(live, path), present = list_folder(tree, path);
  for (const auto& [name, entry] : present)
    if (!wanted.count(name)) remove_at(tree, join(path, name));
  for (const auto& [name, entry] : wanted) {
    auto there = present.find(name);
    bool same_file = entry.second == DT_REG && there != present.end() &&
                     there->second.first == entry.first && there->second.second == DT_REG;
    if (!same_file) carry_over(live, tree, join(path, name));
  }
}

struct FileOutcome {
  FileStamp stamp;
  bool touched = false, same_as_live = false, failed = false;
  int error = 0;
};

// The live site's copy of `path`, when it has exactly these bytes (by its manifest when the
// manifest still describes it, else by reading it).
bool live_has(const TreeUpdate& how, const std::string& path, std::uint64_t hash,
              std::uint64_t size, const std::string* bytes, struct stat& st) {
  if (how.live < 0 || !stat_at(how.live, path, st) || !S_ISREG(st.st_mode) ||
      static_cast<std::uint64_t>(st.st_size) != size)
    return false;
  if (how.live_known) {
    auto it = how.live_known->files.find(path);
    if (it != how.live_known->files.end() && it->second.stat == StatStamp::of(st))
      return it->second.hash == hash;
  }
  std::string existing;
  if (!read_file_at(how.live, path, existing)) return false;
  return bytes ? existing == *bytes : content_hash(existing) == hash;
}

FileOutcome bring_up_to_date(const OutputFile& file, const TreeUpdate& how,
                             const TreeManifest& known) {
  FileOutcome out;
  std::string source;
  const std::string* bytes = nullptr;
  if (file.copy_from.empty()) {
    bytes = &file.content();
  } else if (read_file_at(AT_FDCWD, file.copy_from, source)) {
    bytes = &source;
  } else {
    out.failed = true;
    out.error = errno ? errno : EIO;
    return out;
  }
  out.stamp.hash = content_hash(*bytes);
  std::uint64_t size = bytes->size();
  const FileStamp* live_entry = nullptr;
  if (how.live_known) {
    auto it = how.live_known->files.find(file.path);
    if (it != how.live_known->files.end()) live_entry = &it->second;
  }
  // What the manifest does not know is not there: a folder whose stamp still matches holds
  // nothing new, the others were cleared of strangers, and new folders are empty.
  struct stat st {};
  auto k = known.files.find(file.path);
  bool there = k != known.files.end() && stat_at(how.tree, file.path, st);
  bool in_tree = there && S_ISREG(st.st_mode) && k->second.stat == StatStamp::of(st) &&
                 k->second.hash == out.stamp.hash && k->second.stat.size == size;
  bool live_same_hash =
      live_entry && live_entry->hash == out.stamp.hash && live_entry->stat.size == size;
  // Right bytes already; but if the live site holds them in another inode, link that one, so
  // that the file keeps the inode and mtime readers' tools saw.
  if (in_tree && (!live_same_hash || live_entry->stat.ino == k->second.stat.ino)) {
    out.stamp.stat = k->second.stat;
    out.same_as_live = live_same_hash;
    return out;
  }
  struct stat live_st {};
  bool link = live_has(how, file.path, out.stamp.hash, size, bytes, live_st);
  if (there) remove_at(how.tree, file.path);
  out.touched = true;
  if (link && ::linkat(how.live, file.path.c_str(), how.tree, file.path.c_str(), 0) == 0) {
    out.stamp.stat = StatStamp::of(live_st);
    out.same_as_live = true;
    return out;
  }
  bool ok = file.copy_from.empty() ? write_file_at(how.tree, file.path, *bytes)
                                   : copy_file_at(file.copy_from, how.tree, file.path);
  if (!ok || !stat_at(how.tree, file.path, st)) {
    out.failed = true;
    out.error = errno ? errno : EIO;
    return out;
  }
  out.stamp.stat = StatStamp::of(st);
  return out;
}

}  // namespace

bool is_carried_over(const std::string& name) {
  return name == ".gitkeep";
}

TreeUpdateResult update_tree(const std::vector<const OutputFile*>& files, const TreeUpdate& how) {
  TreeUpdateResult result;
  TreeManifest none;
  TreeManifest& known = how.tree_known ? *how.tree_known : none;
  std::unordered_map<std::string, std::size_t> wanted_files;
  std::set<std::string> wanted_dirs{""};
  for (std::size_t i = 0; i < files.size(); ++i) {
    wanted_files.emplace(files[i]->path, i);
    for (std::string d = parent_of(files[i]->path); !d.empty() && wanted_dirs.insert(d).second;)
      d = parent_of(d);
  }
  std::set<std::string> touched_dirs{""};

  // Folders whose stamp changed may hold strangers (or be gone, or be a link now).
  std::vector<std::string> changed{""};
  for (auto it = known.dirs.begin(); it != known.dirs.end();) {
    if (it->first.empty()) {
      ++it;
      continue;
    }
    struct stat st {};
    bool there = stat_at(how.tree, it->first, st);
    if (there && S_ISDIR(st.st_mode) && StatStamp::of(st) == it->second) {
      ++it;
      continue;
    }
    if (there && S_ISDIR(st.st_mode)) {
      changed.push_back(it->first);
      ++it;
      continue;
    }
    if (there) remove_at(how.tree, it->first);
    touched_dirs.insert(parent_of(it->first));
    it = known.dirs.erase(it);
  }
  for (const std::string& dir : changed) {
    for (const auto& [name, entry] : list_folder(how.tree, dir)) {
      std::string path = join(dir, name);
      if (known.files.count(path) || known.dirs.count(path) ||
          (dir.empty() && is_carried_over(name)))
        continue;
      remove_at(how.tree, path);
      touched_dirs.insert(dir);
    }
  }
  // What the tree held and the new site does not.
  for (auto it = known.files.begin(); it != known.files.end();) {
    if (wanted_files.count(it->first)) {
      ++it;
      continue;
    }
    remove_at(how.tree, it->first);
    touched_dirs.insert(parent_of(it->first));
    it = known.files.erase(it);
  }
  for (auto it = known.dirs.rbegin(); it != known.dirs.rend(); ++it) {
    if (wanted_dirs.count(it->first) || it->first.empty()) continue;
    remove_at(how.tree, it->first);
    touched_dirs.insert(parent_of(it->first));
  }
  for (const std::string& dir : wanted_dirs) {
    if (dir.empty() || known.dirs.count(dir)) continue;
    touched_dirs.insert(dir);
    touched_dirs.insert(parent_of(dir));
    if (::mkdirat(how.tree, dir.c_str(), 0755) == 0) continue;
    struct stat st {};
    if (errno == EEXIST && stat_at(how.tree, dir, st) && S_ISDIR(st.st_mode)) continue;
    remove_at(how.tree, dir);
    if (::mkdirat(how.tree, dir.c_str(), 0755) != 0) {
      result.problem = "cannot create " + dir + ": " + std::system_category().message(errno);
      return result;
    }
  }

  // The files, on several cores. Which thread does a file changes nothing in it.
  std::vector<FileOutcome> outcomes(files.size());
  std::atomic<bool> failed{false};
  parallel_for(files.size(), how.jobs, [&](std::size_t i) {
    if (failed) return;
    outcomes[i] = bring_up_to_date(*files[i], how, known);
    if (outcomes[i].failed) failed = true;
  });
  for (std::size_t i = 0; i < files.size(); ++i) {
    const FileOutcome& o = outcomes[i];
    if (o.failed) {
      result.problem =
          "cannot write " + files[i]->path + ": " + std::system_category().message(o.error);
      return result;
    }
    result.manifest.files[files[i]->path] = o.stamp;
    if (i != how.uncounted) (o.same_as_live ? result.unchanged : result.written)++;
    if (o.touched) {
      ++result.touched;
      touched_dirs.insert(parent_of(files[i]->path));
    }
  }
  // What others add to the live site and a build keeps: linked across, or gone if gone there.
  auto live_top = how.live >= 0 ? list_folder(how.live, "") : decltype(list_folder(0, "")){};
  for (const auto& [name, entry] : live_top)
    if (is_carried_over(name)) carry_over(how.live, how.tree, name);
  for (const auto& [name, entry] : list_folder(how.tree, ""))
    if (is_carried_over(name) && !live_top.count(name)) remove_at(how.tree, name);

  for (const std::string& dir : wanted_dirs) {
    auto k = known.dirs.find(dir);
    struct stat st {};
    if (k != known.dirs.end() && !touched_dirs.count(dir)) {
      result.manifest.dirs[dir] = k->second;
    } else if (stat_at(how.tree, dir, st)) {
      result.manifest.dirs[dir] = StatStamp::of(st);
    }
  }
  result.ok = true;
  return result;
}

}  // namespace promisehub
