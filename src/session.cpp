// SiteSession: a per-file cache of parsed content and the last rendered pages.
#include "session.h"

#include <dirent.h>
#include <sys/stat.h>

#include <set>

#include "core/parallel.h"
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

Stamp stamp_of(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return {};
  return {static_cast<long long>(st.st_mtim.tv_sec) * 1000000000LL + st.st_mtim.tv_nsec,
          static_cast<long long>(st.st_size)};
}

// One parsed file with the problems found in it.
template <typename T>
struct Cached {
  Stamp stamp;
  std::optional<T> value;
  std::vector<Diagnostic> problems;
};

// The keys of the pages an update shows up on.
void add_update_deps(const Update& u, const Site& site, std::set<std::string>& deps) {
  deps.insert("update:" + u.slug);
  deps.insert("plan:" + u.plan.value);
  for (const auto& a : u.actions) deps.insert("action:" + u.plan.value + "/" + a.value);
  for (const auto& c : u.status_changes)
    deps.insert("action:" + u.plan.value + "/" + c.first.value);
  if (const Plan* plan = site.find_plan(u.plan.value)) {
    for (const auto& iv : u.indicator_values) {
      if (const Indicator* ind = plan->find_indicator(iv.indicator.value))
        for (const auto& a : ind->actions) deps.insert("action:" + plan->id + "/" + a.value);
    }
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
  std::optional<Site> site;
  std::optional<PageSet> pages_out;
};

SiteSession::SiteSession(BuildOptions options) : state_(std::make_unique<State>()) {
  state_->options = std::move(options);
}
SiteSession::~SiteSession() = default;

const PageSet* SiteSession::pages() const {
  return state_->pages_out ? &*state_->pages_out : nullptr;
}
const Site* SiteSession::site() const {
  return state_->site ? &*state_->site : nullptr;
}

namespace {

// Brings a cache in line with the files on disk; returns the paths that changed (added,
// modified or removed).
template <typename T, typename LoadFn>
std::vector<std::string> sync(std::map<std::string, Cached<T>>& cache,
                              const std::vector<ContentFile>& files, int jobs,
                              std::size_t& files_read, LoadFn load) {
  std::vector<std::string> changed;
  std::set<std::string> present;
  std::vector<std::pair<const ContentFile*, Stamp>> todo;
  for (const auto& f : files) {
    present.insert(f.display_path);
    Stamp st = stamp_of(f.disk_path);
    auto it = cache.find(f.display_path);
    if (it == cache.end() || !(it->second.stamp == st)) todo.push_back({&f, st});
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
  for (std::size_t i = 0; i < todo.size(); ++i) {
    changed.push_back(todo[i].first->display_path);
    cache[todo[i].first->display_path] = std::move(loaded[i]);
  }
  files_read += todo.size();
  for (auto it = cache.begin(); it != cache.end();) {
    if (!present.count(it->first)) {
      changed.push_back(it->first);
      it = cache.erase(it);
    } else {
      ++it;
    }
  }
  return changed;
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

SiteSession::Result SiteSession::refresh(Diagnostics& diags) {
  State& s = *state_;
  Result result;
  int jobs = s.options.jobs > 0 ? s.options.jobs : default_jobs();
  Diagnostics tree_diags;
  ContentTree tree = find_content(s.options.site_dir, tree_diags);
  for (const auto& d : tree_diags.all()) diags.add(d);

  auto as_config = [](const SourceText& src, const std::string&, Diagnostics& d) {
    return load_site_config(src, d);
  };
  auto as_glossary = [](const SourceText& src, const std::string&, Diagnostics& d) {
    return std::optional<std::vector<GlossaryEntry>>(load_glossary(src, d));
  };
  auto as_language = [](const SourceText& src, const std::string&, Diagnostics& d) {
    return std::optional<std::vector<LanguageRule>>(load_language(src, d));
  };
  std::map<std::string, Update> old_updates;
  for (const auto& [path, c] : s.updates)
    if (c.value) old_updates.emplace(path, *c.value);

  bool other_changed = false;
  other_changed |= !sync(s.config, one(tree.site), jobs, result.files_read, as_config).empty();
  other_changed |= !sync(s.plans, tree.plans, jobs, result.files_read, load_plan).empty();
  other_changed |= !sync(s.pages, tree.pages, jobs, result.files_read, load_page).empty();
  other_changed |=
      !sync(s.glossary, one(tree.glossary), jobs, result.files_read, as_glossary).empty();
  other_changed |=
      !sync(s.language, one(tree.language), jobs, result.files_read, as_language).empty();
  std::vector<std::string> changed_updates =
      sync(s.updates, tree.updates, jobs, result.files_read, load_update);
  std::string theme_name = "promise";
  if (!s.config.empty() && s.config.begin()->second.value)
    theme_name = s.config.begin()->second.value->theme;
  other_changed |= theme_changed(s.options.site_dir + "/themes/" + theme_name, s.theme_files);

  report(s.config, diags);
  report(s.plans, diags);
  report(s.updates, diags);
  report(s.pages, diags);
  report(s.glossary, diags);
  report(s.language, diags);

  Site site;
  site.dir = s.options.site_dir;
  site.include_drafts = s.options.drafts;
  site.build_date = s.options.now ? *s.options.now : today_or_source_date_epoch();
  if (!s.config.empty() && s.config.begin()->second.value)
    site.config = *s.config.begin()->second.value;
  for (const auto& [p, c] : s.plans)
    if (c.value) site.plans.push_back(*c.value);
  for (const auto& [p, c] : s.updates)
    if (c.value) site.updates.push_back(*c.value);
  for (const auto& [p, c] : s.pages)
    if (c.value) site.pages.push_back(*c.value);
  for (const auto& [p, c] : s.glossary)
    if (c.value) site.glossary = *c.value;
  for (const auto& [p, c] : s.language)
    if (c.value) site.language = *c.value;
  site.static_files = tree.static_files;
  if (diags.has_errors() || !finish_site(site, diags)) return result;

  RenderOptions ro;
  ro.jobs = jobs;
  ro.live_reload = s.options.live_reload;
  std::optional<PageSet> pages;
  bool incremental = s.pages_out && s.site && !other_changed;
  if (incremental) {
    RenderScope scope;
    scope.deps.insert("index");
    // The lists of updates: only the ones showing a changed update, unless the order changed.
    std::vector<std::string> old_order, new_order;
    for (const auto& u : s.site->updates) old_order.push_back(u.slug);
    for (const auto& u : site.updates) new_order.push_back(u.slug);
    std::size_t list_pages = new_order.size() / kUpdatesPerListPage + 2;
    for (std::size_t i = 0; i < new_order.size(); ++i) {
      bool changed = old_order != new_order;
      for (const auto& path : changed_updates) changed = changed || site.updates[i].path == path;
      // Lists are newest first.
      if (changed)
        scope.deps.insert("updates-page:" +
                          std::to_string((new_order.size() - 1 - i) / kUpdatesPerListPage + 1));
    }
    if (old_order != new_order)
      for (std::size_t n = 1; n <= list_pages; ++n)
        scope.deps.insert("updates-page:" + std::to_string(n));
    for (const auto& path : changed_updates) {
      auto old = old_updates.find(path);
      if (old != old_updates.end()) add_update_deps(old->second, *s.site, scope.deps);
      auto now = s.updates.find(path);
      if (now != s.updates.end() && now->second.value)
        add_update_deps(*now->second.value, site, scope.deps);
    }
    pages = SiteRenderer::render_changed(site, ro, std::move(*s.pages_out), scope, diags,
                                         &result.rendered);
    if (!pages) s.pages_out.reset();  // its pages were moved out; the next refresh renders all
    result.full = false;
  } else {
    pages = SiteRenderer::render(site, ro, diags);
    if (pages) result.rendered = pages->files.size();
  }
  if (!pages || diags.has_errors()) return result;
  s.site = std::move(site);
  s.pages_out = std::move(pages);
  result.ok = true;
  return result;
}

}  // namespace promisehub
