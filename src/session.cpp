// SiteSession: a per-file cache of parsed content and the last rendered pages.
#include "session.h"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <set>

#include "core/build_clock.h"
#include "core/parallel.h"
#include "core/text.h"
#include "load/content_tree.h"
#include "load/loaders.h"
#include "render/site_renderer.h"

namespace promisehub {
namespace {

struct Stamp {
  long long mtime_ns = -1;
  long long size = -1;
  bool operator==(const Stamp& o) const { return mtime_ns == o.mtime_ns && size == o.size; }
};

Stamp stamp_of(const ContentFile& f) {
  return {f.mtime_ns, f.size};
}

Stamp stamp_of(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return {};
  ContentFile f;
  note_stamp(f, st);
  return stamp_of(f);
}

// One parsed file with the problems found in it.
template <typename T>
struct Cached {
  Stamp stamp;
  std::optional<T> value;
  std::vector<Diagnostic> problems;
};

// Brings a site's updates (published ones, in order) up to date with the cache for the paths
// that changed. An edit that keeps an update's date and name replaces it in place, so the list
// stays in order; the rest are removed and added at the end for derive_site to sort.
void patch_updates(std::vector<Update>& updates, const std::map<std::string, Cached<Update>>& cache,
                   const std::set<std::string>& changed) {
  if (changed.empty()) return;
  std::set<std::string> placed;
  std::vector<char> drop(updates.size(), 0);
  for (std::size_t i = 0; i < updates.size(); ++i) {
    if (!changed.count(updates[i].path)) continue;
    auto it = cache.find(updates[i].path);
    if (it != cache.end() && it->second.value && it->second.value->date == updates[i].date &&
        it->second.value->slug == updates[i].slug) {
      updates[i] = *it->second.value;
      placed.insert(updates[i].path);
    } else {
      drop[i] = 1;
    }
  }
  std::size_t kept = 0;
  for (std::size_t i = 0; i < updates.size(); ++i) {
    if (drop[i]) continue;
    if (kept != i) updates[kept] = std::move(updates[i]);
    ++kept;
  }
  updates.erase(updates.begin() + static_cast<std::ptrdiff_t>(kept), updates.end());
  for (const auto& path : changed) {
    auto it = cache.find(path);
    if (!placed.count(path) && it != cache.end() && it->second.value)
      updates.push_back(*it->second.value);
  }
}

}  // namespace

struct SiteSession::State {
  BuildOptions options;
  std::map<std::string, Cached<SiteConfig>> config;
  std::map<std::string, Cached<Plan>> plans;
  std::map<std::string, Cached<Update>> updates;
  std::map<std::string, Cached<Page>> pages;
  std::map<std::string, Cached<std::vector<GlossaryEntry>>> glossary;
  std::map<std::string, Cached<std::vector<LanguageRule>>> language;
  std::map<std::string, Stamp> theme_files;
  std::optional<ContentTree> tree;  // the last listing of content/, and its problems
  std::vector<Diagnostic> tree_problems;
  // The last good build: its site (reset when a refresh fails), pages and update bodies.
  std::optional<Site> site;
  std::shared_ptr<const PageSet> pages_out;
  BodyCache bodies;
  // What changed since the last good build (changes seen by failed refreshes add up here):
  // anything but updates (every page is rendered), and each changed update's value in that
  // build, if it had one.
  bool pending_full = true;
  std::vector<std::string> good_order;  // the slugs of its updates, in order
  Date good_build_date;
  std::map<std::string, Update> pending_updates;
  std::set<std::string> pending_paths;
};

SiteSession::SiteSession(BuildOptions options) : state_(std::make_unique<State>()) {
  state_->options = std::move(options);
}
SiteSession::~SiteSession() = default;

const PageSet* SiteSession::pages() const {
  return state_->pages_out.get();
}
std::shared_ptr<const PageSet> SiteSession::shared_pages() const {
  return state_->pages_out;
}
const Site* SiteSession::site() const {
  return state_->site ? &*state_->site : nullptr;
}

namespace {

// Brings a cache in line with the files on disk; returns the paths that changed (added,
// modified or removed). `before`, when given, receives the previous value of each changed path
// that had one. `only`, when given, limits the work to those display paths (the others are
// known not to have changed).
template <typename T, typename LoadFn>
std::vector<std::string> sync(std::map<std::string, Cached<T>>& cache,
                              const std::vector<ContentFile>& files, int jobs,
                              std::size_t& files_read, LoadFn load,
                              std::map<std::string, T>* before = nullptr,
                              const std::set<std::string>* only = nullptr) {
  std::vector<std::string> changed;
  std::set<std::string> present;
  std::vector<std::pair<const ContentFile*, Stamp>> todo;
  auto consider = [&](const ContentFile& f) {
    present.insert(f.display_path);
    Stamp st = f.size >= 0 ? stamp_of(f) : stamp_of(f.disk_path);
    auto it = cache.find(f.display_path);
    if (it == cache.end() || !(it->second.stamp == st)) todo.push_back({&f, st});
  };
  if (only) {
    for (const auto& path : *only) {
      auto it = std::lower_bound(
          files.begin(), files.end(), path,
          [](const ContentFile& f, const std::string& p) { return f.display_path < p; });
      if (it != files.end() && it->display_path == path) consider(*it);
    }
  } else {
    for (const auto& f : files) consider(f);
  }
  std::vector<Cached<T>> loaded(todo.size());
  parallel_for(todo.size(), jobs, [&](std::size_t i) {
    Diagnostics local;
    loaded[i].stamp = todo[i].second;
    if (auto source =
            read_source_file(todo[i].first->disk_path, todo[i].first->display_path, local))
      loaded[i].value = load(*source, todo[i].first->stem, local);
    loaded[i].problems = local.all();
  });
  auto keep_old = [&](const std::string& path, Cached<T>& old) {
    if (before && old.value) before->emplace(path, std::move(*old.value));
  };
  for (std::size_t i = 0; i < todo.size(); ++i) {
    const std::string& path = todo[i].first->display_path;
    changed.push_back(path);
    Cached<T>& slot = cache[path];
    keep_old(path, slot);
    slot = std::move(loaded[i]);
  }
  files_read += todo.size();
  auto forget = [&](typename std::map<std::string, Cached<T>>::iterator it) {
    changed.push_back(it->first);
    keep_old(it->first, it->second);
    return cache.erase(it);
  };
  if (only) {
    for (const auto& path : *only) {
      auto it = cache.find(path);
      if (it != cache.end() && !present.count(path)) forget(it);
    }
    return changed;
  }
  for (auto it = cache.begin(); it != cache.end();) {
    if (!present.count(it->first))
      it = forget(it);
    else
      ++it;
  }
  return changed;
}

// Brings the last listing up to date from the paths a file watcher saw change, when they are
// all plain update files (the usual edit). Returns the display paths of those updates, or
// nullopt when content/ must be listed again: anything else changed, a file the listing had a
// problem with changed, or some update is a link or has other names (a change to one file
// would then show up under another name the watcher does not report).
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
    if (name.empty() || name.find('/') != std::string::npos) return std::nullopt;
    if (name[0] == '.' || name.back() == '~') continue;  // editor leftovers are never listed
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
    if (!S_ISREG(st.st_mode) || st.st_nlink > 1 || !ends_with(name, ".md") || name.size() <= 3)
      return std::nullopt;
    ContentFile f{path, display, name.substr(0, name.size() - 3)};
    note_stamp(f, st);
    if (listed)
      *it = std::move(f);
    else
      tree.updates.insert(it, std::move(f));
    touched.insert(display);
  }
  return touched;
}

std::vector<ContentFile> one(const std::optional<ContentFile>& f) {
  return f ? std::vector<ContentFile>{*f} : std::vector<ContentFile>{};
}

template <typename T>
void report(const std::map<std::string, Cached<T>>& cache, Diagnostics& diags) {
  for (const auto& [path, c] : cache)
    for (const auto& d : c.problems) diags.add(d);
}

bool theme_changed(const std::string& dir, std::map<std::string, Stamp>& known) {
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

}  // namespace

SiteSession::Result SiteSession::refresh(Diagnostics& diags,
                                         const std::vector<std::string>* changed) {
  State& s = *state_;
  Result result;
  int jobs = s.options.jobs > 0 ? s.options.jobs : default_jobs();
  std::optional<std::set<std::string>> hinted;
  if (changed && s.tree)
    hinted = apply_update_hints(*s.tree, s.tree_problems, s.options.site_dir, *changed);
  if (!hinted) {
    Diagnostics tree_diags;
    s.tree = find_content(s.options.site_dir, tree_diags);
    s.tree_problems = tree_diags.all();
  }
  const ContentTree& tree = *s.tree;
  for (const auto& d : s.tree_problems) diags.add(d);
  result.times.done("find content files");

  auto as_config = [](const SourceText& src, const std::string&, Diagnostics& d) {
    return load_site_config(src, d);
  };
  auto as_glossary = [](const SourceText& src, const std::string&, Diagnostics& d) {
    return std::optional<std::vector<GlossaryEntry>>(load_glossary(src, d));
  };
  auto as_language = [](const SourceText& src, const std::string&, Diagnostics& d) {
    return std::optional<std::vector<LanguageRule>>(load_language(src, d));
  };
  bool other_changed = false;
  if (!hinted) {  // with hints, only the hinted updates can have changed
    other_changed |= !sync(s.config, one(tree.site), jobs, result.files_read, as_config).empty();
    other_changed |= !sync(s.plans, tree.plans, jobs, result.files_read, load_plan).empty();
    other_changed |= !sync(s.pages, tree.pages, jobs, result.files_read, load_page).empty();
    other_changed |=
        !sync(s.glossary, one(tree.glossary), jobs, result.files_read, as_glossary).empty();
    other_changed |=
        !sync(s.language, one(tree.language), jobs, result.files_read, as_language).empty();
  }
  std::map<std::string, Update> before;
  std::vector<std::string> changed_updates =
      sync(s.updates, tree.updates, jobs, result.files_read, load_update, &before,
           hinted ? &*hinted : nullptr);
  for (auto& [path, old] : before) s.pending_updates.emplace(path, std::move(old));
  s.pending_paths.insert(changed_updates.begin(), changed_updates.end());
  std::string theme_name = "promise";
  if (!s.config.empty() && s.config.begin()->second.value)
    theme_name = s.config.begin()->second.value->theme;
  if (!hinted)
    other_changed |= theme_changed(s.options.site_dir + "/themes/" + theme_name, s.theme_files);
  if (other_changed) s.pending_full = true;
  result.times.done("read changed files");

  report(s.config, diags);
  report(s.plans, diags);
  report(s.updates, diags);
  report(s.pages, diags);
  report(s.glossary, diags);
  report(s.language, diags);

  const SiteConfig* config = !s.config.empty() && s.config.begin()->second.value
                                 ? &*s.config.begin()->second.value
                                 : nullptr;
  BuildDay day =
      settle_build_day(s.options.now, config ? config->time_zone : kDefaultTimeZone, diags);
  Date build_date = day.date;
  if (diags.has_errors()) return result;
  Site site;
  // Only when nothing but updates changed since the last good site: then its hidden updates
  // (drafts, future) were checked against the same plans and need not be checked again.
  if (s.site && !s.pending_full && s.site->build_date == build_date) {
    // The last good site's updates, with those changed since then swapped in: most of a big hub
    // is not copied again.
    site.updates = std::move(s.site->updates);
    s.site.reset();  // if this refresh fails, the next one assembles every update again
    patch_updates(site.updates, s.updates, s.pending_paths);
  } else {
    s.site.reset();
    site.updates.reserve(s.updates.size());
    for (const auto& [p, c] : s.updates)
      if (c.value) site.updates.push_back(*c.value);
  }
  site.dir = s.options.site_dir;
  site.include_drafts = s.options.drafts;
  site.build_date = build_date;
  site.build_date_source = day.source;
  if (config) site.config = *config;
  for (const auto& [p, c] : s.plans)
    if (c.value) site.plans.push_back(*c.value);
  for (const auto& [p, c] : s.pages)
    if (c.value) site.pages.push_back(*c.value);
  for (const auto& [p, c] : s.glossary)
    if (c.value) site.glossary = *c.value;
  for (const auto& [p, c] : s.language)
    if (c.value) site.language = *c.value;
  site.static_files = tree.static_files;
  result.times.done("assemble site");
  if (!finish_site(site, diags)) return result;
  result.times.done("cross-references and model");

  RenderOptions ro;
  ro.jobs = jobs;
  ro.live_reload = s.options.live_reload;
  ro.bodies = &s.bodies;
  std::optional<PageSet> pages;
  // A new day can publish an update dated today: everything is rendered again.
  bool incremental = s.pages_out && !s.pending_full && s.good_build_date == site.build_date;
  if (incremental) {
    RenderScope scope;
    scope.deps.insert(PageDep::index());
    std::vector<std::string> order;
    std::vector<std::size_t> changed_at;
    order.reserve(site.updates.size());
    for (std::size_t i = 0; i < site.updates.size(); ++i) {
      order.push_back(site.updates[i].slug);
      if (s.pending_paths.count(site.updates[i].path)) changed_at.push_back(i);
    }
    add_update_list_pages(s.good_order, order, changed_at, scope);
    // The pages an update was on in the last good build, and the pages it is on now. Plans have
    // not changed since then, so the new site answers for both.
    for (const auto& [path, old] : s.pending_updates) add_update_pages(old, site, scope);
    for (const auto& path : s.pending_paths) {
      auto now = s.updates.find(path);
      if (now != s.updates.end() && now->second.value)
        add_update_pages(*now->second.value, site, scope);
    }
    pages = SiteRenderer::render_changed(site, ro, *s.pages_out, scope, diags, &result.rendered);
    result.full = false;
  } else {
    pages = SiteRenderer::render(site, ro, diags);
    if (pages) result.rendered = pages->files.size();
  }
  result.times.done("render");
  if (!pages || diags.has_errors()) return result;
  s.good_order.clear();
  for (const auto& u : site.updates) s.good_order.push_back(u.slug);
  s.good_build_date = site.build_date;
  s.site = std::move(site);
  s.pages_out = std::make_shared<const PageSet>(std::move(*pages));
  s.pending_full = false;
  s.pending_updates.clear();
  s.pending_paths.clear();
  result.ok = true;
  return result;
}

}  // namespace promisehub
