// Walking content/ with Boost.Filesystem.
#include "load/content_tree.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>

#include <algorithm>
#include <memory>
#include <string_view>
#include <unordered_map>

#include <boost/filesystem.hpp>

#include "core/active_content.h"
#include "core/file_bytes.h"
#include "core/text.h"
#include "load/languages.h"

namespace fs = boost::filesystem;

namespace promisehub {
namespace {

constexpr std::size_t kMaxCheckedPicture = 8u << 20;  // an SVG bigger than this is not read

// A link (or a path through one) must lead to something inside content/; anything else is
// refused. Those errors, and those for pipes and devices, have no line: a line would make the
// message show the file's first line, which is outside the site (or would block).
struct LinkProblem {
  std::string message, hint, code;
};

// Why `file` may not be read, if it may not: where its links lead, or that they lead nowhere.
// `copy_into` names the folder the hints suggest ("content/", "content/static/").
std::optional<LinkProblem> link_problem(const fs::path& file, const fs::path& content_root,
                                        const std::string& copy_into = "content/") {
  boost::system::error_code ec;
  fs::path real = fs::canonical(file, ec);
  if (ec == boost::system::errc::too_many_symbolic_link_levels)
    return LinkProblem{"this link leads round in a loop: following it comes back to it",
                       "remove the link, or make it point to a real file in " + copy_into,
                       "link-loop"};
  if (ec == boost::system::errc::no_such_file_or_directory)
    return LinkProblem{"this link leads to something that does not exist",
                       "remove the link, or put the file itself in " + copy_into, "broken-link"};
  if (ec)
    return LinkProblem{"this link cannot be followed: " + ec.message(),
                       "put the file itself in " + copy_into + " instead of linking to it",
                       "link-unreadable"};
  std::string r = real.string(), root = content_root.string();
  if (r == root || starts_with(r, root + "/")) return std::nullopt;
  return LinkProblem{"this is a link to something outside content/",
                     "copy the file into " + copy_into + " instead of linking to it",
                     "link-outside"};
}

void report(const LinkProblem& problem, const std::string& display, Diagnostics& diags) {
  diags.error({display, 0, 0}, problem.message, problem.hint, problem.code);
}

// "content/plans/x.yaml". Lexically: fs::relative would follow a link and show where it leads.
std::string display_path(const fs::path& file, const std::string& site_dir) {
  std::string rel = file.lexically_relative(fs::path(site_dir) / "content").generic_string();
  return rel.empty() ? file.generic_string() : "content/" + rel;
}

// One folder of plans, updates or pages. Listed through the C API: one fstatat per entry, beside
// the folder's handle, gives its type and time stamp (a hub may hold tens of thousands).
// `folders` is how many levels of folders inside it are read too (updates: one, a folder per
// organisation); folders deeper than that are a warning.
void list_folder(const fs::path& dir, const fs::path& content_root, const std::string& site_dir,
                 const std::string& extension, const std::string& kind, int folders,
                 std::vector<ContentFile>& out, Diagnostics& diags) {
  boost::system::error_code ec;
  if (!fs::is_directory(dir, ec)) return;
  std::unique_ptr<DIR, int (*)(DIR*)> handle(::opendir(dir.c_str()), ::closedir);
  if (!handle) return;
  // A folder inside content/ holds only files inside content/, except through links: only links
  // (and every entry of a folder that is itself outside) need the costly canonical check.
  const bool folder_inside = !link_problem(dir, content_root);
  const std::string dir_path = dir.string() + "/";
  const std::string display_dir = display_path(dir, site_dir) + "/";
  const int dir_fd = ::dirfd(handle.get());
  while (dirent* e = ::readdir(handle.get())) {
    std::string name = e->d_name;
    if (name.empty() || name[0] == '.' || name.back() == '~') continue;  // editor leftovers
    std::string display = display_dir + name;
    struct stat st {};
    if (::fstatat(dir_fd, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0) continue;  // gone
    bool is_link = S_ISLNK(st.st_mode);
    if (!folder_inside || is_link) {
      if (auto problem = link_problem(dir / name, content_root)) {
        report(*problem, display, diags);
        continue;
      }
    }
    if (is_link && ::fstatat(dir_fd, name.c_str(), &st, 0) != 0) continue;
    if (S_ISDIR(st.st_mode)) {
      if (folders > 0) {
        list_folder(dir / name, content_root, site_dir, extension, kind, folders - 1, out, diags);
        continue;
      }
      diags.warning({display, 0, 0},
                    "this folder is not read: " + kind + "s are read from " + display_dir +
                        " itself, not from folders in it",
                    "move its files up into " + display_dir + ", or the folder out of content/",
                    "ignored-folder");
      continue;
    }
    if (!S_ISREG(st.st_mode)) {
      diags.error({display, 0, 0}, "this is not a regular file",
                  "content files must be plain text files", "unreadable");
      continue;
    }
    std::size_t dot = name.rfind('.');
    std::string ext = dot == std::string::npos || dot == 0 ? "" : name.substr(dot);
    if (ext != extension) {
      std::string hint = "rename it to end in " + extension;
      if (kind == "plan" && ext == ".yml") hint = "rename it to end in .yaml";
      diags.warning({display, 1, 1}, "this file is not a " + kind + " and is not used", hint,
                    "ignored-file");
      continue;
    }
    ContentFile f{dir_path + name, display, name.substr(0, dot)};
    note_stamp(f, st);
    f.shared = is_link || st.st_nlink > 1;
    out.push_back(std::move(f));
  }
}

// The files of a folder of plans, updates or pages, sorted by display path.
std::vector<ContentFile> list_files(const fs::path& dir, const fs::path& content_root,
                                    const std::string& site_dir, const std::string& extension,
                                    const std::string& kind, int folders, Diagnostics& diags) {
  std::vector<ContentFile> out;
  list_folder(dir, content_root, site_dir, extension, kind, folders, out, diags);
  std::sort(out.begin(), out.end(), [](const ContentFile& a, const ContentFile& b) {
    return a.display_path < b.display_path;
  });
  return out;
}

std::optional<ContentFile> single_file(const fs::path& p, const fs::path& content_root,
                                       const std::string& display, Diagnostics& diags) {
  boost::system::error_code ec;
  if (!fs::exists(fs::symlink_status(p, ec))) return std::nullopt;
  if (auto problem = link_problem(p, content_root)) {
    report(*problem, display, diags);
    return std::nullopt;
  }
  ContentFile f{p.string(), display, p.stem().string()};
  struct stat st {};
  if (::stat(f.disk_path.c_str(), &st) == 0) note_stamp(f, st);
  return f;
}

// Notes what in a file of content/static/ would run in a browser; whether that is allowed is
// the site's choice (validate/published.cpp).
void note_active_content(StaticFile& file, const std::string& display) {
  std::optional<ActiveContent> active = active_kind_of(file.source);
  if (!active && needs_content(file.source)) {
    boost::system::error_code ec;
    std::uintmax_t size = fs::file_size(file.source, ec);
    if (ec) return;  // gone since it was listed
    if (size > kMaxCheckedPicture) {
      active = ActiveContent{"an SVG picture too big to check for scripts (over 8 MiB)", 0, 0};
    } else {
      active = active_content_in_svg(read_file_bytes(file.source).value_or(""));
    }
  }
  if (!active) return;
  file.active = active->what;
  file.active_at = {display, active->line, active->column};
}

void list_static(const fs::path& dir, const fs::path& content_root, const std::string& site_dir,
                 ContentTree& tree, Diagnostics& diags) {
  boost::system::error_code ec;
  if (!fs::is_directory(dir, ec)) return;
  fs::recursive_directory_iterator it(dir, fs::directory_options::none, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    const fs::path& p = it->path();
    std::string name = p.filename().string();
    if (name.empty() || name[0] == '.') {
      if (fs::is_directory(p, ec)) it.disable_recursion_pending();
      continue;
    }
    std::string display = display_path(p, site_dir);
    if (auto problem = link_problem(p, content_root, "content/static/")) {
      report(*problem, display, diags);
      if (fs::is_directory(p, ec)) it.disable_recursion_pending();
      continue;
    }
    if (!fs::is_regular_file(p, ec)) continue;
    std::string rel = p.lexically_relative(dir).generic_string();
    if (ec || rel.empty() || starts_with(rel, "../") || rel == "..") continue;
    StaticFile file{p.string(), "static/" + rel, {}, {}};
    note_active_content(file, display);
    tree.static_files.push_back(std::move(file));
  }
  std::sort(tree.static_files.begin(), tree.static_files.end(),
            [](const StaticFile& a, const StaticFile& b) { return a.target < b.target; });
}

// "site.gd.yaml", "glossary.ar.yaml", "language.pt-BR.yaml": a translation of one of the site's
// own files (spec §12).
bool is_top_level_translation(const std::string& name) {
  if (!ends_with(name, ".yaml")) return false;
  auto t = translation_name(name.substr(0, name.size() - 5));
  return t && (t->original == "site" || t->original == "glossary" || t->original == "language");
}

void list_top_level_translations(const fs::path& content, const fs::path& root, ContentTree& tree,
                                 Diagnostics& diags) {
  boost::system::error_code ec;
  for (fs::directory_iterator it(content, ec), end; !ec && it != end; it.increment(ec)) {
    std::string name = it->path().filename().string();
    if (!is_top_level_translation(name)) continue;
    if (auto f = single_file(it->path(), root, "content/" + name, diags))
      tree.translations.push_back(*f);
  }
}

// Moves the translations (`x.gd.yaml` beside `x.yaml`) out of a folder's list of files.
void move_translations(std::vector<ContentFile>& files, ContentTree& tree) {
  auto is_translation = [](const ContentFile& f) { return translation_name(f.stem).has_value(); };
  for (const auto& f : files)
    if (is_translation(f)) tree.translations.push_back(f);
  files.erase(std::remove_if(files.begin(), files.end(), is_translation), files.end());
}

// What content/ holds besides its files and folders (spec §1) is never read: said once, so a
// misnamed folder ("update/") or file ("glossary.yml") is not a silent gap in the site.
void note_unknown_entries(const fs::path& content, Diagnostics& diags) {
  static const char* const kFolders[] = {"plans", "updates", "pages", "static", "organisations"};
  static const char* const kFiles[] = {"site.yaml", "glossary.yaml", "language.yaml"};
  boost::system::error_code ec;
  for (fs::directory_iterator it(content, ec), end; !ec && it != end; it.increment(ec)) {
    std::string name = it->path().filename().string();
    if (name.empty() || name[0] == '.' || name.back() == '~') continue;
    std::string display = "content/" + name;
    if (fs::is_directory(it->path(), ec)) {
      if (std::find(std::begin(kFolders), std::end(kFolders), name) != std::end(kFolders)) continue;
      std::string hint = "content/ holds plans/, updates/, pages/, static/ and organisations/";
      std::vector<std::string> known(std::begin(kFolders), std::end(kFolders));
      if (auto guess = closest_match(name, known)) hint = "did you mean " + *guess + "/? " + hint;
      diags.warning({display, 0, 0}, "this folder is not read", hint, "ignored-folder");
      continue;
    }
    std::string ext = it->path().extension().string();
    if (ext != ".yaml" && ext != ".yml") continue;  // a README and the like are for people
    if (std::find(std::begin(kFiles), std::end(kFiles), name) != std::end(kFiles)) continue;
    if (is_top_level_translation(name)) continue;
    std::vector<std::string> known(std::begin(kFiles), std::end(kFiles));
    std::string hint = "the files read here are site.yaml, glossary.yaml and language.yaml";
    if (auto guess = closest_match(name, known)) hint = "did you mean " + *guess + "? " + hint;
    diags.warning({display, 1, 1}, "this file is not read", hint, "ignored-file");
  }
}

}  // namespace

ContentTree find_content(const std::string& site_dir, Diagnostics& diags) {
  ContentTree tree;
  boost::system::error_code ec;
  fs::path content = fs::path(site_dir) / "content";
  if (!fs::is_directory(content, ec)) {
    diags.error({"content", 1, 1}, "there is no content/ folder in " + site_dir,
                "run the command in the site's folder, or give it with --site DIR", "no-content");
    return tree;
  }
  fs::path root = fs::canonical(content, ec);
  tree.site = single_file(content / "site.yaml", root, "content/site.yaml", diags);
  if (!tree.site) {
    diags.error({"content/site.yaml", 1, 1}, "the site has no content/site.yaml",
                "create it with at least `title:`, `base_url:` and `language:`", "missing-file");
  }
  tree.glossary = single_file(content / "glossary.yaml", root, "content/glossary.yaml", diags);
  tree.language = single_file(content / "language.yaml", root, "content/language.yaml", diags);
  tree.plans = list_files(content / "plans", root, site_dir, ".yaml", "plan", 0, diags);
  // Updates may be kept in a folder per organisation: content/updates/<folder>/.
  tree.updates =
      list_files(content / "updates", root, site_dir, ".md", "Markdown update", 1, diags);
  tree.pages = list_files(content / "pages", root, site_dir, ".md", "Markdown page", 0, diags);
  tree.organisations_folder = fs::is_directory(content / "organisations", ec);
  if (tree.organisations_folder)
    tree.organisations =
        list_files(content / "organisations", root, site_dir, ".yaml", "organisation", 0, diags);
  list_static(content / "static", root, site_dir, tree, diags);
  move_translations(tree.plans, tree);
  move_translations(tree.updates, tree);
  move_translations(tree.pages, tree);
  move_translations(tree.organisations, tree);
  list_top_level_translations(content, root, tree, diags);
  std::sort(
      tree.translations.begin(), tree.translations.end(),
      [](const ContentFile& a, const ContentFile& b) { return a.display_path < b.display_path; });
  note_unknown_entries(content, diags);
  return tree;
}

void report_shared_addresses(const std::vector<ContentFile>& updates, Diagnostics& diags) {
  std::unordered_map<std::string_view, const ContentFile*> first;  // by address (the stem)
  first.reserve(updates.size());
  for (const ContentFile& f : updates) {
    auto [it, inserted] = first.emplace(f.stem, &f);
    if (inserted) continue;
    diags.error({f.display_path, 1, 1},
                "this update has the same address as " + it->second->display_path +
                    ": both would be /updates/" + f.stem + "/",
                "rename one of the two files: an update's address is its file name, whichever "
                "folder it is in",
                "duplicate-address");
  }
}

void note_stamp(ContentFile& f, const struct stat& st) {
  f.mtime_ns = static_cast<long long>(st.st_mtim.tv_sec) * 1000000000LL + st.st_mtim.tv_nsec;
  f.size = static_cast<long long>(st.st_size);
}

}  // namespace promisehub
