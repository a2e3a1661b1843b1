// SiteSession: the one way a site is assembled and rendered. `build` and `check` run it once
// from a cold cache; `serve` keeps it, and each refresh redoes only what changed.
#include "session.h"

#include <set>

#include "core/build_clock.h"
#include "load/content_cache.h"
#include "load/content_hints.h"
#include "render/site_renderer.h"

namespace promisehub {

struct SiteSession::State {
  BuildOptions options;
  Use use = Use::repeated;
  ContentCache content;
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

SiteSession::SiteSession(BuildOptions options, Use use) : state_(std::make_unique<State>()) {
  state_->options = settle_options(std::move(options));
  state_->use = use;
}
SiteSession::~SiteSession() = default;

const BuildOptions& SiteSession::options() const {
  return state_->options;
}
const PageSet* SiteSession::pages() const {
  return state_->pages_out.get();
}
std::shared_ptr<const PageSet> SiteSession::shared_pages() const {
  return state_->pages_out;
}
const Site* SiteSession::site() const {
  return state_->site ? &*state_->site : nullptr;
}

std::optional<Site> SiteSession::load(Diagnostics& diags, StageTimes* times, Site* failed) {
  Result result;
  auto site = assemble(diags, nullptr, result, failed);
  if (times) *times = result.times;
  return site;
}

std::optional<Site> SiteSession::assemble(Diagnostics& diags,
                                          const std::vector<std::string>* changed, Result& result,
                                          Site* failed) {
  State& s = *state_;
  const BuildOptions& options = s.options;
  // Stage 1: list content/, or bring the last listing up to date from a watcher's hints.
  std::optional<std::set<std::string>> hinted;
  if (changed && s.tree)
    hinted = apply_update_hints(*s.tree, s.tree_problems, options.site_dir, *changed);
  if (!hinted) {
    Diagnostics tree_diags;
    s.tree = find_content(options.site_dir, tree_diags);
    s.tree_problems = tree_diags.all();
  }
  for (const auto& d : s.tree_problems) diags.add(d);
  report_shared_addresses(s.tree->updates, diags);  // also when hints brought new ones
  result.times.done("find content files");

  // Stage 2: read what changed, collecting every problem.
  ContentCache::Changes changes =
      s.content.sync(*s.tree, options.jobs, hinted ? &*hinted : nullptr);
  result.files_read = changes.files_read;
  for (auto& [path, old] : changes.before) s.pending_updates.emplace(path, std::move(old));
  s.pending_paths.insert(changes.updates.begin(), changes.updates.end());
  const SiteConfig* config = s.content.config();
  if (!hinted)
    changes.other |= folder_changed(
        options.site_dir + "/themes/" + (config ? config->theme : SiteConfig().theme),
        s.theme_files);
  if (changes.other) s.pending_full = true;
  s.content.report(diags);
  BuildDay day =
      settle_build_day(options.now, config ? config->time_zone : kDefaultTimeZone, diags);
  result.times.done("read and parse");

  // Stage 3: one Site from the cache.
  Site site;
  // Only when nothing but updates changed since the last good site: then its hidden updates
  // (drafts, future) were checked against the same plans and need not be checked again.
  if (s.use == Use::repeated && s.site && !s.pending_full && s.site->build_date == day.date) {
    // The last good site's updates, with those changed since then swapped in: most of a big hub
    // is not copied again.
    site.updates = std::move(s.site->updates);
    s.site.reset();  // if this refresh fails, the next one assembles every update again
    s.content.patch(site.updates, s.pending_paths);
    s.content.fill(site, /*without_updates=*/true);
  } else {
    s.site.reset();
    if (s.use == Use::once)
      s.content.move_into(site);  // nothing will ask for the cache again
    else
      s.content.fill(site, /*without_updates=*/false);
  }
  site.dir = options.site_dir;
  site.include_drafts = options.drafts;
  site.build_date = day.date;
  site.build_date_source = day.source;
  site.static_files = s.tree->static_files;
  site.has_organisations = s.tree->organisations_folder;
  // With problems already found the model is still checked, so that every problem is reported
  // at once.
  bool ok = finish_site(site, diags);
  result.times.done("cross-references and model");
  if (!ok) {
    if (failed) *failed = std::move(site);
    return std::nullopt;
  }
  return site;
}

SiteSession::Result SiteSession::refresh(Diagnostics& diags,
                                         const std::vector<std::string>* changed) {
  State& s = *state_;
  Result result;
  std::optional<Site> site = assemble(diags, changed, result);
  if (!site) return result;

  // Stage 4: render every page, or only those showing what changed.
  RenderOptions ro;
  ro.jobs = s.options.jobs;
  ro.live_reload = s.options.live_reload;
  ro.bodies = s.use == Use::repeated ? &s.bodies : nullptr;  // kept only for a next refresh
  std::optional<PageSet> pages;
  // A new day can publish an update dated today: everything is rendered again.
  bool incremental = s.pages_out && !s.pending_full && s.good_build_date == site->build_date;
  std::vector<std::string> order;
  order.reserve(site->updates.size());
  for (const auto& u : site->updates) order.push_back(u.slug);
  if (incremental) {
    RenderScope scope;
    // An update whose text alone changed shows the change only on its own page and in feeds.
    std::set<std::string> body_only;
    if (s.good_order == order)
      for (const auto& [path, old] : s.pending_updates)
        if (const Update* now = s.content.update(path);
            now && s.pending_paths.count(path) && only_the_body_differs(old, *now))
          body_only.insert(path);
    std::vector<std::size_t> changed_at;
    for (std::size_t i = 0; i < site->updates.size(); ++i)
      if (s.pending_paths.count(site->updates[i].path) && !body_only.count(site->updates[i].path))
        changed_at.push_back(i);
    if (!changed_at.empty() || s.good_order != order) scope.deps.insert(PageDep::index());
    add_update_list_pages(s.good_order, order, changed_at, scope);
    // The pages an update was on in the last good build, and the pages it is on now. Plans have
    // not changed since then, so the new site answers for both.
    // Pages that show only statuses follow an update whose status changes did not change.
    auto statuses_changed = [&](const std::string& path) {
      auto old = s.pending_updates.find(path);
      const Update* now = s.content.update(path);
      return old == s.pending_updates.end() || !now || !same_statuses(old->second, *now);
    };
    for (const auto& [path, old] : s.pending_updates)
      if (!body_only.count(path)) add_update_pages(old, *site, scope, statuses_changed(path));
    for (const auto& path : s.pending_paths)
      if (const Update* now = s.content.update(path))
        body_only.count(path) ? add_update_body_pages(*now, scope)
                              : add_update_pages(*now, *site, scope, statuses_changed(path));
    pages = SiteRenderer::render_changed(*site, ro, *s.pages_out, scope, diags, &result.rendered);
    result.full = false;
  } else {
    pages = SiteRenderer::render(*site, ro, diags);
    if (pages) result.rendered = pages->files.size();
  }
  result.times.done("render");
  if (!pages || diags.has_errors()) return result;
  s.good_order = std::move(order);
  s.good_build_date = site->build_date;
  s.site = std::move(site);
  s.pages_out = std::make_shared<const PageSet>(std::move(*pages));
  s.pending_full = false;
  s.pending_updates.clear();
  s.pending_paths.clear();
  result.ok = true;
  return result;
}

}  // namespace promisehub
