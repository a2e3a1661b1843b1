// Listing updates from a watcher's hints, and the stamps of a theme's files.
#include "load/content_hints.h"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <memory>

#include "core/text.h"
#include "load/languages.h"

namespace promisehub {

std::optional<std::set<std::string>> apply_update_hints(ContentTree& tree,
                                                        const std::vector<Diagnostic>& problems,
                                                        const std::string& site_dir,
                                                        const std::vector<std::string>& changed) {
  const std::string prefix = site_dir + "/content/updates/";
  if (std::any_of(tree.updates.begin(), tree.updates.end(),
                  [](const ContentFile& f) { return f.shared; }))
    return std::nullopt;
  std::set<std::string> touched;
  for (const auto& path : changed) {
    if (!starts_with(path, prefix)) return std::nullopt;
    std::string name = path.substr(prefix.size());
    // An update in content/updates/ or in a folder of it (a folder per organisation).
    const std::size_t slash = name.find('/');
    if (name.empty() || slash == 0 ||
        (slash != std::string::npos && name.find('/', slash + 1) != std::string::npos))
      return std::nullopt;
    const std::string file = slash == std::string::npos ? name : name.substr(slash + 1);
    // Editor leftovers and hidden folders are never listed.
    if (name[0] == '.' || file.empty() || file[0] == '.' || file.back() == '~') continue;
    // A translation of an update is another kind of file: the whole listing is read again.
    if (ends_with(file, ".md") && translation_name(file.substr(0, file.size() - 3)))
      return std::nullopt;
    if (slash != std::string::npos) {
      // The folder itself must be one the listing reads: a real folder, not a link.
      struct stat folder {};
      if (::lstat((prefix + name.substr(0, slash)).c_str(), &folder) != 0 ||
          !S_ISDIR(folder.st_mode))
        return std::nullopt;
    }
    std::string display = "content/updates/" + name;
    for (const auto& d : problems)
      if (d.where.path == display) return std::nullopt;
    auto it = std::lower_bound(
        tree.updates.begin(), tree.updates.end(), display,
        [](const ContentFile& f, const std::string& p) { return f.display_path < p; });
    bool listed = it != tree.updates.end() && it->display_path == display;
    struct stat st {};
    if (::lstat(path.c_str(), &st) != 0) {
      if (errno != ENOENT || !listed) return std::nullopt;
      tree.updates.erase(it);  // deleted or renamed away
      touched.insert(display);
      continue;
    }
    // Links, folders and other kinds of file get the full listing's checks and messages.
    if (!S_ISREG(st.st_mode) || st.st_nlink > 1 || !ends_with(file, ".md") || file.size() <= 3)
      return std::nullopt;
    ContentFile f{path, display, file.substr(0, file.size() - 3)};
    note_stamp(f, st);
    if (listed)
      *it = std::move(f);
    else
      tree.updates.insert(it, std::move(f));
    touched.insert(display);
  }
  return touched;
}

bool folder_changed(const std::string& dir, std::map<std::string, Stamp>& known) {
  std::map<std::string, Stamp> now;
  std::vector<std::string> stack{dir};
  // A small recursive listing through the C API keeps this file free of Boost.
  while (!stack.empty()) {
    std::string d = stack.back();
    stack.pop_back();
    struct stat st {};
    if (::stat(d.c_str(), &st) != 0) continue;
    if (S_ISDIR(st.st_mode)) {
      now[d] = {};
      std::unique_ptr<DIR, int (*)(DIR*)> handle(::opendir(d.c_str()), ::closedir);
      if (!handle) continue;
      while (dirent* e = ::readdir(handle.get())) {
        std::string name = e->d_name;
        if (name != "." && name != "..") stack.push_back(d + "/" + name);
      }
    } else {
      now[d] = stamp_of(d);
    }
  }
  bool changed = now != known;
  known = std::move(now);
  return changed;
}

}  // namespace promisehub
