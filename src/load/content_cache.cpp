// The content cache: the kinds of content file, and reading only what changed.
#include "load/content_cache.h"

#include <sys/stat.h>

#include <algorithm>
#include <optional>
#include <tuple>

#include "core/parallel.h"
#include "load/loaders.h"

namespace promisehub {
namespace {

Stamp listed_stamp(const ContentFile& f) {
  return {f.mtime_ns, f.size};
}

// One parsed file with the problems found in it.
template <typename T>
struct Cached {
  Stamp stamp;
  std::optional<T> value;
  std::vector<Diagnostic> problems;
};

template <typename T>
struct Kind {
  std::vector<ContentFile> (*files)(const ContentTree&);
  std::optional<T> (*load)(const SourceText&, const std::string& stem, Diagnostics&);
  void (*put)(Site&, T&&);
  std::map<std::string, Cached<T>> cache = {};
};

std::vector<ContentFile> one(const std::optional<ContentFile>& f) {
  return f ? std::vector<ContentFile>{*f} : std::vector<ContentFile>{};
}

// The kinds of content file (spec §1): where the listing has them, how one is read, and where
// it goes in the site. Adding a kind of content file is one row here.
auto make_kinds() {
  return std::make_tuple(
      Kind<SiteConfig>{[](const ContentTree& t) { return one(t.site); },
                       [](const SourceText& s, const std::string&, Diagnostics& d) {
                         return load_site_config(s, d);
                       },
                       [](Site& site, SiteConfig&& c) { site.config = std::move(c); }},
      Kind<Plan>{[](const ContentTree& t) { return t.plans; }, load_plan,
                 [](Site& site, Plan&& p) { site.plans.push_back(std::move(p)); }},
      Kind<Update>{[](const ContentTree& t) { return t.updates; }, load_update,
                   [](Site& site, Update&& u) { site.updates.push_back(std::move(u)); }},
      Kind<Page>{[](const ContentTree& t) { return t.pages; }, load_page,
                 [](Site& site, Page&& p) { site.pages.push_back(std::move(p)); }},
      Kind<Organisation>{
          [](const ContentTree& t) { return t.organisations; }, load_organisation,
          [](Site& site, Organisation&& o) { site.organisations.push_back(std::move(o)); }},
      Kind<std::vector<GlossaryEntry>>{
          [](const ContentTree& t) { return one(t.glossary); },
          [](const SourceText& s, const std::string&, Diagnostics& d) {
            return std::optional<std::vector<GlossaryEntry>>(load_glossary(s, d));
          },
          [](Site& site, std::vector<GlossaryEntry>&& g) { site.glossary = std::move(g); }},
      Kind<std::vector<LanguageRule>>{
          [](const ContentTree& t) { return one(t.language); },
          [](const SourceText& s, const std::string&, Diagnostics& d) {
            return std::optional<std::vector<LanguageRule>>(load_language(s, d));
          },
          [](Site& site, std::vector<LanguageRule>&& l) { site.language = std::move(l); }},
      Kind<Translation>{
          [](const ContentTree& t) { return t.translations; }, load_translation,
          [](Site& site, Translation&& t) { site.translations.push_back(std::move(t)); }});
}

// Brings a kind's cache in line with the files on disk; returns the paths that changed (added,
// modified or removed). `before`, when given, receives the previous value of each changed path
// that had one. `only`, when given, limits the work to those display paths (the others are
// known not to have changed).
template <typename T>
std::vector<std::string> sync_kind(Kind<T>& kind, const std::vector<ContentFile>& files, int jobs,
                                   std::size_t& files_read,
                                   std::common_type_t<std::map<std::string, T>>* before,
                                   const std::set<std::string>* only) {
  auto& cache = kind.cache;
  std::vector<std::string> changed;
  std::set<std::string> present;
  std::vector<std::pair<const ContentFile*, Stamp>> todo;
  auto consider = [&](const ContentFile& f) {
    present.insert(f.display_path);
    Stamp st = f.size >= 0 ? listed_stamp(f) : stamp_of(f.disk_path);
    auto it = cache.find(f.display_path);
    if (it == cache.end() || it->second.stamp != st) todo.push_back({&f, st});
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
      loaded[i].value = kind.load(*source, todo[i].first->stem, local);
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

template <typename F, typename Tuple>
void each_kind(Tuple& kinds, F&& f) {
  std::apply([&](auto&... kind) { (f(kind), ...); }, kinds);
}

}  // namespace

Stamp stamp_of(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return {};
  ContentFile f;
  note_stamp(f, st);
  return listed_stamp(f);
}

struct ContentCache::Kinds {
  decltype(make_kinds()) all = make_kinds();
  Kind<Update>& updates() { return std::get<Kind<Update>>(all); }
  const Kind<Update>& updates() const { return std::get<Kind<Update>>(all); }
};

ContentCache::ContentCache() : kinds_(std::make_unique<Kinds>()) {}
ContentCache::~ContentCache() = default;
ContentCache::ContentCache(ContentCache&&) noexcept = default;
ContentCache& ContentCache::operator=(ContentCache&&) noexcept = default;

ContentCache::Changes ContentCache::sync(const ContentTree& tree, int jobs,
                                         const std::set<std::string>* only_updates) {
  Changes changes;
  each_kind(kinds_->all, [&](auto& kind) {
    using Value = typename std::decay_t<decltype(kind.cache)>::mapped_type;
    if constexpr (std::is_same_v<Value, Cached<Update>>) {
      changes.updates = sync_kind(kind, kind.files(tree), jobs, changes.files_read, &changes.before,
                                  only_updates);
    } else if (!only_updates) {  // with hints, only the hinted updates can have changed
      changes.other |=
          !sync_kind(kind, kind.files(tree), jobs, changes.files_read, nullptr, nullptr).empty();
    }
  });
  return changes;
}

void ContentCache::report(Diagnostics& diags) const {
  each_kind(kinds_->all, [&](const auto& kind) {
    for (const auto& [path, c] : kind.cache)
      for (const auto& d : c.problems) diags.add(d);
  });
}

const SiteConfig* ContentCache::config() const {
  const auto& cache = std::get<Kind<SiteConfig>>(kinds_->all).cache;
  return !cache.empty() && cache.begin()->second.value ? &*cache.begin()->second.value : nullptr;
}

void ContentCache::fill(Site& site, bool without_updates) const {
  each_kind(kinds_->all, [&](const auto& kind) {
    using Cache = std::decay_t<decltype(kind.cache)>;
    if (without_updates && std::is_same_v<Cache, std::map<std::string, Cached<Update>>>) return;
    for (const auto& [path, c] : kind.cache) {
      auto copy = c.value;
      if (copy) kind.put(site, std::move(*copy));
    }
  });
}

void ContentCache::move_into(Site& site) {
  each_kind(kinds_->all, [&](auto& kind) {
    for (auto& [path, c] : kind.cache)
      if (c.value) kind.put(site, std::move(*c.value));
    kind.cache.clear();
  });
}

const Update* ContentCache::update(const std::string& path) const {
  const auto& cache = kinds_->updates().cache;
  auto it = cache.find(path);
  return it != cache.end() && it->second.value ? &*it->second.value : nullptr;
}

void ContentCache::patch(std::vector<Update>& updates, const std::set<std::string>& changed) const {
  if (changed.empty()) return;
  std::set<std::string> placed;
  std::vector<char> drop(updates.size(), 0);
  for (std::size_t i = 0; i < updates.size(); ++i) {
    if (!changed.count(updates[i].path)) continue;
    const Update* now = update(updates[i].path);
    if (now && now->date == updates[i].date && now->slug == updates[i].slug) {
      updates[i] = *now;
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
    const Update* now = update(path);
    if (!placed.count(path) && now) updates.push_back(*now);
  }
}

}  // namespace promisehub
