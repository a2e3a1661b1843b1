// The page list and the rendering of each page through the theme's templates.
#include "render/site_renderer.h"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <set>

#include <mstch/mstch.hpp>

#include "core/parallel.h"
#include "core/text.h"
#include "model/status.h"
#include "render/feeds.h"
#include "render/glossary_linker.h"
#include "render/markdown.h"
#include "render/theme.h"
#include "render/urls.h"
#include "render/views.h"

namespace promisehub {
namespace {

struct Crumb {
  std::string label, url;
};

// Everything one page needs besides its own template data.
struct PageSpec {
  std::string url;    // the address, e.g. "/plans/x/"
  std::string tmpl;   // template name
  std::string title;  // for <title> and <h1> (templates choose)
  std::string description;
  std::string section;  // which navigation item is current
  std::vector<Crumb> crumbs;
  std::function<mstch::map()> data;
  bool in_sitemap = true;
  std::string og_type = "website";
  // What the page shows, for incremental rebuilds: "index" (home, update lists, what to expect),
  // "update:<slug>", "plan:<id>" (a plan's lists), "action:<plan>/<id>", or "site" (the rest).
  std::string dep = "site";
  std::size_t update = SIZE_MAX;  // the update an update page shows (index in Site::updates)
};

constexpr std::size_t kFeedSize = 50;

class Renderer {
 public:
  Renderer(const Site& site, const Theme& theme, const RenderOptions& options)
      : site_(site),
        theme_(theme),
        options_(options),
        urls_(site.config.base_url),
        linker_(site.glossary, urls_.glossary()),
        ctx_{site, theme, urls_, update_html_} {}

  PageSet run(const PageSet* previous = nullptr, const RenderScope* scope = nullptr) {
    plan_pages();
    std::vector<char> needed(specs_.size(), 1);
    std::vector<const OutputFile*> kept(specs_.size(), nullptr);
    if (previous && scope) {
      for (std::size_t i = 0; i < specs_.size(); ++i) {
        if (scope->deps.count(specs_[i].dep)) continue;
        kept[i] = previous->find(Urls::file_for(urls_.site_path(specs_[i].url)));
        needed[i] = kept[i] == nullptr;
      }
    }
    render_update_bodies(needed);
    std::vector<OutputFile> files(specs_.size());
    parallel_for(specs_.size(), options_.jobs, [&](std::size_t i) {
      if (needed[i]) {
        files[i] = render_page(specs_[i]);
      } else {
        files[i] = *kept[i];
      }
    });
    rendered_ = static_cast<std::size_t>(std::count(needed.begin(), needed.end(), 1));
    PageSet set;
    set.files = std::move(files);
    add_feeds_and_indexes(set, previous, scope);
    for (const auto& asset : theme_.assets) set.files.push_back(asset);
    for (const auto& s : site_.static_files) set.files.push_back({s.target, {}, s.source});
    std::stable_sort(set.files.begin(), set.files.end(),
                     [](const OutputFile& a, const OutputFile& b) { return a.path < b.path; });
    // With the same path twice, the first entry stays: a rendered page or feed, then a theme
    // file, then a file of content/static/ (which land under static/, so they rarely meet).
    set.files.erase(
        std::unique(set.files.begin(), set.files.end(),
                    [](const OutputFile& a, const OutputFile& b) { return a.path == b.path; }),
        set.files.end());
    return set;
  }

 private:
  std::string md(const std::string& text, const std::string& prefix = {}) const {
    MarkdownOptions o;
    o.allow_html = site_.config.allow_html;
    o.id_prefix = prefix;
    return render_markdown(text, o);
  }

  // Bodies are needed by the update pages being rendered and by the feeds (newest 50).
  // With a BodyCache, a body whose Markdown and `allow_html` are unchanged is not rendered again
  // (its HTML depends only on those and the slug, which is the cache's key).
  void render_update_bodies(const std::vector<char>& needed_specs) {
    std::size_t n = site_.updates.size();
    std::vector<char> needed(n, 0);
    for (std::size_t i = n > kFeedSize ? n - kFeedSize : 0; i < n; ++i) needed[i] = 1;
    std::map<std::string, std::size_t> per_plan;
    for (std::size_t i = n; i-- > 0;) {
      if (per_plan[site_.updates[i].plan.value]++ < kFeedSize) needed[i] = 1;
    }
    for (std::size_t s = 0; s < specs_.size(); ++s)
      if (needed_specs[s] && specs_[s].update < n) needed[specs_[s].update] = 1;
    update_html_.resize(n);
    BodyCache* cache = options_.bodies;
    if (cache) {
      for (std::size_t i = 0; i < n; ++i) {
        if (!needed[i]) continue;
        auto it = cache->find(site_.updates[i].slug);
        if (it == cache->end() || it->second.allow_html != site_.config.allow_html ||
            it->second.markdown != site_.updates[i].body.value)
          continue;
        update_html_[i] = it->second.html;
        needed[i] = 0;
      }
    }
    parallel_for(n, options_.jobs, [&](std::size_t i) {
      // Footnote ids come from the slug, not the position, so adding an update changes no other
      // page.
      if (needed[i])
        update_html_[i] = md(site_.updates[i].body.value, "u-" + site_.updates[i].slug + "-");
    });
    if (cache) {
      for (std::size_t i = 0; i < n; ++i)
        if (needed[i])
          (*cache)[site_.updates[i].slug] = {site_.updates[i].body.value, update_html_[i],
                                             site_.config.allow_html};
      if (cache->size() > n) {  // forget updates that are gone
        std::set<std::string> slugs;
        for (const auto& u : site_.updates) slugs.insert(u.slug);
        for (auto it = cache->begin(); it != cache->end();)
          it = slugs.count(it->first) ? std::next(it) : cache->erase(it);
      }
    }
  }

 public:
  std::size_t rendered() const { return rendered_; }

 private:
  std::vector<const Action*> all_actions(const Plan& plan) const {
    std::vector<const Action*> out;
    for (const auto& a : plan.actions) out.push_back(&a);
    return out;
  }

  const Page* find_page(const std::string& slug) const {
    for (const auto& p : site_.pages)
      if (p.slug == slug) return &p;
    return nullptr;
  }

  Crumb home_crumb() const { return {"Home", urls_.home()}; }

  // ---- The page list ----------------------------------------------------------------------------
  void plan_pages() {
    specs_.reserve(site_.updates.size() + site_.plans.size() * 40 + 64);
    specs_.push_back({urls_.home(),
                      "home",
                      site_.config.title,
                      site_.config.description.value,
                      "home",
                      {},
                      [this] { return home_data(); }});
    specs_.back().dep = "index";
    for (const auto& plan : site_.plans) add_plan_pages(plan);
    std::size_t pages = std::max<std::size_t>(
        1, (site_.updates.size() + kUpdatesPerListPage - 1) / kUpdatesPerListPage);
    for (std::size_t n = 1; n <= pages; ++n) {
      std::string title =
          n == 1 ? "Progress updates"
                 : "Progress updates, page " + std::to_string(n) + " of " + std::to_string(pages);
      specs_.push_back({updates_page_url(n),
                        "updates",
                        title,
                        "What has happened so far, newest first.",
                        "updates",
                        {home_crumb()},
                        [this, n, pages] { return updates_data(n, pages); }});
      specs_.back().dep = "updates-page:" + std::to_string(n);
    }
    for (std::size_t i = 0; i < site_.updates.size(); ++i) {
      const Update& u = site_.updates[i];
      PageSpec spec{urls_.update(u.slug),
                    "update",
                    u.title.value,
                    u.plain.value,
                    "updates",
                    {home_crumb(), {"Progress updates", urls_.updates()}},
                    [this, i] { return update_data(i); }};
      spec.og_type = "article";
      spec.dep = "update:" + u.slug;
      spec.update = i;
      specs_.push_back(std::move(spec));
    }
    const Page* expect = find_page("what-to-expect");
    specs_.push_back({urls_.page("what-to-expect"),
                      "what-to-expect",
                      expect ? expect->title.value : "What you can expect",
                      expect ? expect->plain.value : "The promises, grouped by who they are for.",
                      "what-to-expect",
                      {home_crumb()},
                      [this] { return what_to_expect_data(); }});
    specs_.back().dep = "index";
    specs_.push_back({urls_.glossary(),
                      "glossary",
                      "Words we use",
                      "Words and short forms explained in plain words.",
                      "glossary",
                      {home_crumb()},
                      [this] { return glossary_data(); }});
    const Page* help = find_page("help");
    specs_.push_back({urls_.page("help"),
                      "help",
                      help ? help->title.value : "Need help now?",
                      "Who you can call or message for help, now or later.",
                      "help",
                      {home_crumb()},
                      [this] { return help_data(); }});
    specs_.push_back({urls_.page("staying-safe-online"),
                      "staying-safe",
                      "Staying safe online",
                      "How to leave this site quickly and how to clear your browsing history.",
                      "help",
                      {home_crumb(), {"Need help now?", urls_.page("help")}},
                      [this] { return mstch::map{}; }});
    specs_.push_back({urls_.page("search"),
                      "search",
                      "Search",
                      "Search the promises and updates.",
                      "search",
                      {home_crumb()},
                      [this] { return search_data(); }});
    for (const auto& page : site_.pages) {
      if (page.slug == "what-to-expect" || page.slug == "help") continue;
      specs_.push_back({urls_.page(page.slug),
                        "page",
                        page.title.value,
                        page.description.value.empty() ? page.plain.value : page.description.value,
                        page.slug,
                        {home_crumb()},
                        [this, &page] { return page_data(page); }});
    }
    PageSpec not_found{urls_.base_path() + "404.html", "404", "Page not found",
                       "We cannot find that page.",    "",    {},
                       [] { return mstch::map{}; }};
    not_found.in_sitemap = false;
    specs_.push_back(not_found);
  }

  void add_plan_pages(const Plan& plan) {
    std::size_t first = specs_.size();
    add_plan_lists_and_actions(plan);
    for (std::size_t i = first; i < specs_.size(); ++i)
      if (specs_[i].dep == "site") specs_[i].dep = "plan:" + plan.id;
  }

  void add_plan_lists_and_actions(const Plan& plan) {
    std::vector<Crumb> plan_crumbs{home_crumb(), {plan.title, urls_.plan(plan.id)}};
    std::string desc = plan.plain.value;
    specs_.push_back(
        {urls_.plan(plan.id), "plan", plan.title, desc, "plans", {home_crumb()}, [this, &plan] {
           return plan_data(plan, "", "");
         }});
    for (const auto& s : site_.statuses) {
      specs_.push_back({urls_.plan_filter(plan.id, "status", s.key), "plan",
                        plan.title + ": " + s.label, desc, "plans", plan_crumbs,
                        [this, &plan, key = s.key] { return plan_data(plan, "status", key); }});
    }
    std::set<std::string> used_audiences, used_themes;
    for (const auto& a : plan.actions) {
      used_audiences.insert(a.audiences.begin(), a.audiences.end());
      used_themes.insert(a.themes.begin(), a.themes.end());
    }
    for (const auto& id : used_audiences) {
      specs_.push_back({urls_.plan_filter(plan.id, "for", id), "plan",
                        plan.title + ": for " + to_lower_ascii(audience_label(id)), desc, "plans",
                        plan_crumbs, [this, &plan, id] { return plan_data(plan, "for", id); }});
    }
    for (const auto& id : used_themes) {
      specs_.push_back({urls_.plan_filter(plan.id, "theme", id), "plan",
                        plan.title + ": " + theme_label(site_, id), desc, "plans", plan_crumbs,
                        [this, &plan, id] { return plan_data(plan, "theme", id); }});
    }
    for (const auto& a : plan.actions) {
      specs_.push_back({urls_.action(plan.id, a.id), "action",
                        "Promise " + a.id + ": " + a.plain.value, a.plain.value, "plans",
                        plan_crumbs, [this, &plan, &a] { return action_data(plan, a); }});
      specs_.back().dep = "action:" + plan.id + "/" + a.id;
    }
    if (!plan.indicators.empty()) {
      specs_.push_back({urls_.indicators(plan.id), "indicators", "How we will know: " + plan.title,
                        "The figures that show if things are getting better.", "plans", plan_crumbs,
                        [this, &plan] { return indicators_data(plan); }});
    }
  }

  // ---- Page data
  // ---------------------------------------------------------------------------------
  mstch::map home_data() const {
    mstch::array plans;
    for (const auto& plan : site_.plans) {
      mstch::map p{
          {"id", plan.id},
          {"title", plan.title},
          {"plain", plan.plain.value},
          {"url", urls_.plan(plan.id)},
          {"progress", progress_view(ctx_, plan, all_actions(plan), "progress-" + plan.id)},
          {"has_indicators", !plan.indicators.empty()},
          {"indicators_url", urls_.indicators(plan.id)}};
      plans.push_back(p);
    }
    mstch::array headlines;
    for (const auto& plan : site_.plans)
      for (const auto& ind : plan.indicators)
        if (ind.headline) headlines.push_back(indicator_view(ctx_, plan, ind));
    mstch::array latest;
    for (std::size_t n = 0; n < site_.updates.size() && n < 5; ++n)
      latest.push_back(update_card(ctx_, site_.updates.size() - 1 - n));
    return mstch::map{
        {"intro", site_.config.intro.value.empty() ? std::string() : md(site_.config.intro.value)},
        {"has_intro", !site_.config.intro.value.empty()},
        {"plans", plans},
        {"headlines", headlines},
        {"has_headlines", !headlines.empty()},
        {"updates", latest},
        {"has_updates", !latest.empty()},
        {"updates_url", urls_.updates()},
        {"expect_url", urls_.page("what-to-expect")}};
  }

  mstch::array filter_links(
      const Plan& plan, const std::string& kind, const std::string& current,
      const std::vector<std::pair<std::string, std::string>>& values,
      const std::function<bool(const Action&, const std::string&)>& match) const {
    mstch::array out;
    for (const auto& [id, label] : values) {
      int n = 0;
      for (const auto& a : plan.actions) n += match(a, id) ? 1 : 0;
      out.push_back(mstch::map{{"label", label},
                               {"url", urls_.plan_filter(plan.id, kind, id)},
                               {"count", std::to_string(n)},
                               {"current", id == current}});
    }
    return out;
  }

  mstch::map plan_data(const Plan& plan, const std::string& kind, const std::string& value) const {
    auto match = [&](const Action& a) {
      if (kind == "status") return a.current_status == value;
      if (kind == "for")
        return std::find(a.audiences.begin(), a.audiences.end(), value) != a.audiences.end();
      if (kind == "theme")
        return std::find(a.themes.begin(), a.themes.end(), value) != a.themes.end();
      return true;
    };
    mstch::array groups;
    std::vector<const Action*> shown;
    auto add_group = [&](const std::string& id, const std::string& title, const std::string& plain,
                         const std::string& summary) {
      mstch::array cards;
      for (const auto& a : plan.actions) {
        if (a.group != id || !match(a)) continue;
        cards.push_back(action_card(ctx_, plan, a));
        shown.push_back(&a);
      }
      if (cards.empty()) return;
      groups.push_back(mstch::map{{"id", id.empty() ? std::string("other") : id},
                                  {"title", title},
                                  {"plain", plain},
                                  {"summary", summary.empty() ? std::string() : md(summary)},
                                  {"actions", cards},
                                  {"count", std::to_string(cards.size())}});
    };
    for (const auto& g : plan.groups) add_group(g.id, g.title, g.plain.value, g.summary);
    add_group("", plan.groups.empty() ? "Promises" : "Other promises", "", "");

    std::vector<std::pair<std::string, std::string>> statuses, auds, themes;
    for (const auto& s : site_.statuses) statuses.push_back({s.key, s.label});
    std::set<std::string> used_a, used_t;
    for (const auto& a : plan.actions) {
      used_a.insert(a.audiences.begin(), a.audiences.end());
      used_t.insert(a.themes.begin(), a.themes.end());
    }
    for (const auto& a : audiences())
      if (used_a.count(a.id)) auds.push_back({a.id, a.label});
    for (const auto& t : used_t) themes.push_back({t, theme_label(site_, t)});

    std::string filter_label;
    if (kind == "status") filter_label = "Promises with the status: " + site_.status(value).label;
    if (kind == "for") filter_label = "Promises for: " + to_lower_ascii(audience_label(value));
    if (kind == "theme") filter_label = "Promises about: " + theme_label(site_, value);
    std::string period;
    if (plan.period_from && plan.period_to)
      period = plan.period_from->human() + " to " + plan.period_to->human();

    return mstch::map{
        {"title", plan.title},
        {"plain", plan.plain.value},
        {"summary", md(plan.summary.value)},
        {"organisation", plan.organisation},
        {"period", period},
        {"published", plan.published ? plan.published->human() : std::string()},
        {"source", plan.source},
        {"groups", groups},
        {"none", groups.empty()},
        {"filtered", !kind.empty()},
        {"filter_label", filter_label},
        {"shown", std::to_string(shown.size())},
        {"all_url", urls_.plan(plan.id)},
        {"status_filters",
         filter_links(plan, "status", kind == "status" ? value : "", statuses,
                      [](const Action& a, const std::string& v) { return a.current_status == v; })},
        {"audience_filters", filter_links(plan, "for", kind == "for" ? value : "", auds,
                                          [](const Action& a, const std::string& v) {
                                            return std::find(a.audiences.begin(), a.audiences.end(),
                                                             v) != a.audiences.end();
                                          })},
        {"has_audience_filters", !auds.empty()},
        {"theme_filters", filter_links(plan, "theme", kind == "theme" ? value : "", themes,
                                       [](const Action& a, const std::string& v) {
                                         return std::find(a.themes.begin(), a.themes.end(), v) !=
                                                a.themes.end();
                                       })},
        {"has_theme_filters", !themes.empty()},
        {"progress", progress_view(ctx_, plan, kind.empty() ? all_actions(plan) : shown,
                                   "progress-" + plan.id)},
        {"feed_url", urls_.plan_feed(plan.id)},
        {"has_indicators", !plan.indicators.empty()},
        {"indicators_url", urls_.indicators(plan.id)}};
  }

  mstch::map action_data(const Plan& plan, const Action& a) const {
    mstch::array timeline;
    for (auto it = a.update_indexes.rbegin(); it != a.update_indexes.rend(); ++it) {
      mstch::map item = update_card(ctx_, *it);
      for (const auto& change : a.history) {
        if (change.update_index == *it) {
          item["changed"] = true;
          item["to"] = status_view(ctx_, change.to);
          item["from_label"] = site_.status(change.from).label;
        }
      }
      timeline.push_back(item);
    }
    auto names = [](const std::vector<std::string>& items) {
      mstch::array out;
      for (const auto& i : items) out.push_back(mstch::map{{"name", i}});
      return out;
    };
    mstch::array auds, themes, indicators;
    for (const auto& id : a.audiences)
      auds.push_back(mstch::map{{"label", audience_label(id)},
                                {"url", urls_.plan_filter(plan.id, "for", id)}});
    for (const auto& id : a.themes)
      themes.push_back(mstch::map{{"label", theme_label(site_, id)},
                                  {"url", urls_.plan_filter(plan.id, "theme", id)}});
    for (const auto& ind : plan.indicators) {
      for (const auto& linked : ind.actions)
        if (linked.value == a.id) indicators.push_back(indicator_view(ctx_, plan, ind));
    }
    const Group* g = plan.find_group(a.group);
    return mstch::map{{"id", a.id},
                      {"plain", a.plain.value},
                      {"title", a.title},
                      {"status", status_view(ctx_, a.current_status, true)},
                      {"late", a.taking_longer},
                      {"due", a.due ? a.due->human() : a.due_text},
                      {"has_due", !a.due_text.empty()},
                      {"leads", names(a.leads)},
                      {"has_leads", !a.leads.empty()},
                      {"measures", names(a.measures)},
                      {"has_measures", !a.measures.empty()},
                      {"links", names(a.links)},
                      {"has_links", !a.links.empty()},
                      {"audiences", auds},
                      {"has_audiences", !auds.empty()},
                      {"themes", themes},
                      {"has_themes", !themes.empty()},
                      {"timeline", timeline},
                      {"has_timeline", !timeline.empty()},
                      {"indicators", indicators},
                      {"has_indicators", !indicators.empty()},
                      {"plan_title", plan.title},
                      {"plan_url", urls_.plan(plan.id)},
                      {"group_title", g ? g->title : std::string()},
                      {"group_url", g ? urls_.plan(plan.id) + "#group-" + g->id : std::string()}};
  }

  std::string updates_page_url(std::size_t n) const {
    return n == 1 ? urls_.updates() : urls_.updates() + "page/" + std::to_string(n) + "/";
  }

  mstch::map updates_data(std::size_t page, std::size_t pages) const {
    mstch::array items;
    std::size_t total = site_.updates.size();
    std::size_t skip = (page - 1) * kUpdatesPerListPage;
    for (std::size_t k = skip; k < total && k < skip + kUpdatesPerListPage; ++k)
      items.push_back(update_card(ctx_, total - 1 - k));
    mstch::array links;
    for (std::size_t n = 1; n <= pages; ++n) {
      // Around the current page, and the first and last: enough to move on without a wall of links.
      if (n != 1 && n != pages && (n + 2 < page || n > page + 2)) continue;
      links.push_back(mstch::map{
          {"number", std::to_string(n)}, {"url", updates_page_url(n)}, {"current", n == page}});
    }
    return mstch::map{{"updates", items},
                      {"has_updates", !items.empty()},
                      {"feed_url", urls_.feed()},
                      {"paginated", pages > 1},
                      {"page", std::to_string(page)},
                      {"pages", std::to_string(pages)},
                      {"has_prev", page > 1},
                      {"prev_url", page > 1 ? updates_page_url(page - 1) : std::string()},
                      {"has_next", page < pages},
                      {"next_url", page < pages ? updates_page_url(page + 1) : std::string()},
                      {"page_links", links}};
  }

  mstch::map update_data(std::size_t i) const {
    const Update& u = site_.updates[i];
    mstch::map data = update_card(ctx_, i);
    data["body"] = update_html_[i];
    mstch::array changes;
    if (const Plan* plan = site_.find_plan(u.plan.value)) {
      for (const auto& [id, status] : u.status_changes) {
        const Action* a = plan->find_action(id.value);
        if (!a || !is_status_key(status.value)) continue;
        changes.push_back(mstch::map{{"id", a->id},
                                     {"url", urls_.action(plan->id, a->id)},
                                     {"plain", a->plain.value},
                                     {"to", status_view(ctx_, status.value)}});
      }
    }
    data["changes"] = changes;
    data["has_changes"] = !changes.empty();
    return data;
  }

  mstch::map indicators_data(const Plan& plan) const {
    mstch::array items;
    for (const auto& ind : plan.indicators) items.push_back(indicator_view(ctx_, plan, ind));
    return mstch::map{
        {"plan_title", plan.title}, {"plan_url", urls_.plan(plan.id)}, {"indicators", items}};
  }

  // For a single plan of ordinary size the page lists the promises themselves; for a hub of many
  // plans it links each plan's page of promises for that audience instead of one huge page.
  static constexpr std::size_t kMaxCardsOnExpect = 150;

  mstch::map what_to_expect_data() const {
    const Page* page = find_page("what-to-expect");
    std::size_t total = 0;
    for (const auto& plan : site_.plans) total += plan.actions.size();
    bool cards_shown = site_.plans.size() == 1 && total <= kMaxCardsOnExpect;
    mstch::array groups;
    for (const auto& aud : audiences()) {
      mstch::array cards, plan_links;
      std::size_t count = 0;
      for (const auto& plan : site_.plans) {
        std::size_t in_plan = 0;
        for (const auto& a : plan.actions) {
          if (std::find(a.audiences.begin(), a.audiences.end(), aud.id) == a.audiences.end())
            continue;
          ++in_plan;
          if (cards_shown) cards.push_back(action_card(ctx_, plan, a));
        }
        if (in_plan > 0) {
          plan_links.push_back(mstch::map{{"title", plan.title},
                                          {"url", urls_.plan_filter(plan.id, "for", aud.id)},
                                          {"count", std::to_string(in_plan)}});
        }
        count += in_plan;
      }
      if (count == 0) continue;
      groups.push_back(mstch::map{{"id", aud.id},
                                  {"label", aud.label},
                                  {"actions", cards},
                                  {"show_cards", cards_shown},
                                  {"plan_links", plan_links},
                                  {"count", std::to_string(count)}});
    }
    return mstch::map{{"plain", page ? page->plain.value : std::string()},
                      {"body", page ? md(page->body.value) : std::string()},
                      {"audiences", groups}};
  }

  mstch::map glossary_data() const {
    mstch::array entries;
    std::vector<const GlossaryEntry*> sorted;
    for (const auto& e : site_.glossary) sorted.push_back(&e);
    std::sort(sorted.begin(), sorted.end(), [](const GlossaryEntry* a, const GlossaryEntry* b) {
      return to_lower_ascii(a->term.value) < to_lower_ascii(b->term.value);
    });
    for (const GlossaryEntry* e : sorted) {
      entries.push_back(mstch::map{{"term", e->term.value},
                                   {"slug", e->slug},
                                   {"means", e->means},
                                   {"has_means", !e->means.empty()},
                                   {"plain", e->plain.value}});
    }
    return mstch::map{{"entries", entries}, {"has_entries", !entries.empty()}};
  }

  mstch::map help_data() const {
    const Page* page = find_page("help");
    return mstch::map{{"body", page ? md(page->body.value) : std::string()},
                      {"organisation", site_.config.organisation},
                      {"safety_url", urls_.page("staying-safe-online")}};
  }

  mstch::map search_data() const {
    mstch::array plans;
    for (const auto& plan : site_.plans)
      plans.push_back(mstch::map{{"title", plan.title}, {"url", urls_.plan(plan.id)}});
    return mstch::map{{"plans", plans},
                      {"pagefind_css", urls_.asset("pagefind/pagefind-ui.css")},
                      {"pagefind_js", urls_.asset("pagefind/pagefind-ui.js")}};
  }

  mstch::map page_data(const Page& page) const {
    return mstch::map{{"plain", page.plain.value}, {"body", md(page.body.value, "p-")}};
  }

  // ---- Layout
  // ------------------------------------------------------------------------------------
  std::string page_title(const PageSpec& spec) const {
    if (spec.url == urls_.home()) return site_.config.title;
    return spec.title + " \xE2\x80\x94 " + site_.config.title;
  }
  const std::string& page_description(const PageSpec& spec) const {
    return spec.description.empty() ? site_.config.tagline : spec.description;
  }

  mstch::map layout_data(const PageSpec& spec, const std::string& main) const {
    mstch::array nav;
    auto nav_item = [&](const std::string& label, const std::string& url,
                        const std::string& section) {
      nav.push_back(
          mstch::map{{"label", label}, {"url", url}, {"current", spec.section == section}});
    };
    nav_item("Home", urls_.home(), "home");
    if (site_.plans.size() == 1) {
      nav_item("Our promises", urls_.plan(site_.plans[0].id), "plans");
    }
    nav_item("Updates", urls_.updates(), "updates");
    nav_item("What to expect", urls_.page("what-to-expect"), "what-to-expect");
    nav_item("Words we use", urls_.glossary(), "glossary");
    nav_item("Search", urls_.page("search"), "search");
    mstch::array crumbs;
    for (const auto& c : spec.crumbs)
      crumbs.push_back(mstch::map{{"label", c.label}, {"url", c.url}});
    mstch::array help;
    for (const auto& h : site_.config.help) {
      help.push_back(mstch::map{{"name", h.name},
                                {"phone", h.phone.empty() ? h.dial : h.phone},
                                {"tel", h.dial},
                                {"has_phone", !h.dial.empty()},
                                {"url", h.url},
                                {"text", h.text}});
    }
    return mstch::map{{"lang", site_.config.language},
                      {"title", page_title(spec)},
                      {"h1", spec.title},
                      {"site_title", site_.config.title},
                      {"tagline", site_.config.tagline},
                      {"organisation", site_.config.organisation},
                      {"description", page_description(spec)},
                      {"canonical", urls_.absolute(spec.url)},
                      {"og_type", spec.og_type},
                      {"home_url", urls_.home()},
                      {"css", urls_.asset(theme_.css_path)},
                      {"js", urls_.asset(theme_.js_path)},
                      {"quick_exit", site_.config.quick_exit},
                      {"feed_url", urls_.feed()},
                      {"glossary_url", urls_.glossary()},
                      {"help_url", urls_.page("help")},
                      {"safety_url", urls_.page("staying-safe-online")},
                      {"search_url", urls_.page("search")},
                      {"nav", nav},
                      {"crumbs", crumbs},
                      {"has_crumbs", !crumbs.empty()},
                      {"help", help},
                      {"main", main},
                      {"search_page", spec.tmpl == "search"},
                      {"live_reload", options_.live_reload},
                      {"live_reload_url", urls_.asset("__promisehub/events")}};
  }

  // The layout differs between pages only in a few text values, the current navigation item and
  // the breadcrumbs. It is rendered once per (section, breadcrumbs) with placeholders for those
  // values, which are then filled in for each page: most pages skip the layout's mstch pass.
  struct CompiledLayout {
    std::vector<std::string> literals;  // literals[i] comes before slots[i]
    std::vector<int> slots;
  };
  static constexpr const char* kSlotKeys[] = {"title",     "h1",      "description",
                                              "canonical", "og_type", "main"};
  static constexpr int kMainSlot = 5;

  static std::string slot_marker(int slot) {
    return std::string("\x01promisehub-slot-") + char('0' + slot) + "\x02";
  }

  std::shared_ptr<const CompiledLayout> layout_for(const PageSpec& spec) const {
    std::string key = spec.section + '\n' + spec.tmpl + '\n';
    for (const auto& c : spec.crumbs) key += c.label + '\t' + c.url + '\n';
    {
      std::lock_guard<std::mutex> lock(layout_mutex_);
      auto it = layouts_.find(key);
      if (it != layouts_.end()) return it->second;
    }
    mstch::map data = layout_data(spec, slot_marker(kMainSlot));
    for (int i = 0; i < kMainSlot; ++i) data[kSlotKeys[i]] = slot_marker(i);
    std::string html =
        mstch::render(theme_.page_template("layout"), data, theme_.partials_for("layout"));
    auto compiled = std::make_shared<CompiledLayout>();
    std::size_t pos = 0, from = 0;
    while (true) {
      const std::string prefix = "\x01promisehub-slot-";
      std::size_t at = html.find(prefix, from);
      if (at == std::string::npos || at + prefix.size() + 2 > html.size()) break;
      // Content cannot hold control characters (the loaders refuse them), but a marker is only
      // ever taken for one of ours when it is whole and names a slot that exists.
      int slot = html[at + prefix.size()] - '0';
      if (slot < 0 || slot > kMainSlot || html[at + prefix.size() + 1] != '\x02') {
        from = at + 1;
        continue;
      }
      compiled->literals.push_back(html.substr(pos, at - pos));
      compiled->slots.push_back(slot);
      pos = from = at + prefix.size() + 2;
    }
    compiled->literals.push_back(html.substr(pos));
    std::lock_guard<std::mutex> lock(layout_mutex_);
    return layouts_.emplace(key, compiled).first->second;
  }

  OutputFile render_page(const PageSpec& spec) const {
    mstch::map data = spec.data();
    data["h1"] = spec.title;
    data["home_url"] = urls_.home();
    data["search_url"] = urls_.page("search");
    data["help_url"] = urls_.page("help");
    data["safety_url"] = urls_.page("staying-safe-online");
    data["glossary_url"] = urls_.glossary();
    std::string main =
        mstch::render(theme_.page_template(spec.tmpl), data, theme_.partials_for(spec.tmpl));
    if (spec.tmpl != "glossary") main = linker_.apply(main);  // the glossary explains itself
    auto layout = layout_for(spec);
    // The same values layout_data gives these keys (kSlotKeys order), escaped as mstch would.
    const std::string slot_values[kMainSlot] = {
        escape_html(page_title(spec)), escape_html(spec.title), escape_html(page_description(spec)),
        escape_html(urls_.absolute(spec.url)), escape_html(spec.og_type)};
    std::string html;
    html.reserve(main.size() + 16384);
    for (std::size_t i = 0; i < layout->slots.size(); ++i) {
      html += layout->literals[i];
      int slot = layout->slots[i];
      html += slot == kMainSlot ? main : slot_values[slot];
    }
    html += layout->literals.back();
    return {Urls::file_for(urls_.site_path(spec.url)), std::move(html), {}};
  }

  // A plan's feed shows only its own updates: after a change it is taken from `previous` unless
  // the scope names the plan.
  void add_feeds_and_indexes(PageSet& set, const PageSet* previous,
                             const RenderScope* scope) const {
    std::vector<FeedEntry> all;
    for (std::size_t n = site_.updates.size(); n-- > 0 && all.size() < kFeedSize;)
      all.push_back({&site_.updates[n], update_html_[n]});
    set.files.push_back({"feed.xml",
                         atom_feed(site_, urls_, site_.config.title + ": updates", urls_.feed(),
                                   urls_.updates(), all),
                         {}});
    std::vector<OutputFile> plan_feeds(site_.plans.size());
    parallel_for(site_.plans.size(), options_.jobs, [&](std::size_t p) {
      const Plan& plan = site_.plans[p];
      std::string path = urls_.site_path(urls_.plan_feed(plan.id));
      if (previous && scope && !scope->deps.count("plan:" + plan.id)) {
        if (const OutputFile* old = previous->find(path)) {
          plan_feeds[p] = *old;
          return;
        }
      }
      std::vector<FeedEntry> entries;
      for (std::size_t n = site_.updates.size(); n-- > 0 && entries.size() < kFeedSize;)
        if (site_.updates[n].plan.value == plan.id)
          entries.push_back({&site_.updates[n], update_html_[n]});
      plan_feeds[p] = {path,
                       atom_feed(site_, urls_, plan.title + ": updates", urls_.plan_feed(plan.id),
                                 urls_.plan(plan.id), entries),
                       {}};
    });
    for (auto& f : plan_feeds) set.files.push_back(std::move(f));
    std::vector<std::string> pages;
    for (const auto& spec : specs_)
      if (spec.in_sitemap) pages.push_back(spec.url);
    std::sort(pages.begin(), pages.end());
    set.files.push_back({"sitemap.xml", sitemap_xml(urls_, pages), {}});
    set.files.push_back({"robots.txt", robots_txt(urls_), {}});
  }

  const Site& site_;
  const Theme& theme_;
  RenderOptions options_;
  Urls urls_;
  GlossaryLinker linker_;
  std::vector<std::string> update_html_;
  ViewContext ctx_;
  std::vector<PageSpec> specs_;
  std::size_t rendered_ = 0;
  mutable std::mutex layout_mutex_;
  mutable std::map<std::string, std::shared_ptr<const CompiledLayout>> layouts_;
};

void configure_mstch() {
  static std::once_flag once;
  std::call_once(
      once, [] { mstch::config::escape = [](const std::string& s) { return escape_html(s); }; });
}

}  // namespace

namespace {

// Both entry points: set up the libraries, load the theme, render, and turn a template failure
// into a diagnostic. `previous` and `scope` are null for a full render.
std::optional<PageSet> render_with(const Site& site, const RenderOptions& options,
                                   const PageSet* previous, const RenderScope* scope,
                                   Diagnostics& diags, std::size_t* rendered) {
  configure_mstch();
  init_markdown();
  auto theme = load_theme(site.dir, site.config.theme, diags);
  if (!theme) return std::nullopt;
  try {
    Renderer renderer(site, *theme, options);
    PageSet set = renderer.run(previous, scope);
    if (rendered) *rendered = renderer.rendered();
    return set;
  } catch (const std::exception& e) {
    diags.error({"themes/" + site.config.theme, 0, 0}, std::string("rendering failed: ") + e.what(),
                "check the theme's templates", "render-failed");
    return std::nullopt;
  }
}

}  // namespace

std::optional<PageSet> SiteRenderer::render(const Site& site, const RenderOptions& options,
                                            Diagnostics& diags) {
  return render_with(site, options, nullptr, nullptr, diags, nullptr);
}

std::optional<PageSet> SiteRenderer::render_changed(const Site& site, const RenderOptions& options,
                                                    const PageSet& previous,
                                                    const RenderScope& scope, Diagnostics& diags,
                                                    std::size_t* rendered) {
  return render_with(site, options, &previous, &scope, diags, rendered);
}

OutputFile::OutputFile(std::string path_, std::string content, std::string copy_from_)
    : path(std::move(path_)),
      copy_from(std::move(copy_from_)),
      bytes(std::make_shared<const std::string>(std::move(content))) {}

const std::string& OutputFile::content() const {
  static const std::string kEmpty;
  return bytes ? *bytes : kEmpty;
}

const OutputFile* PageSet::find(const std::string& path) const {
  auto it = std::lower_bound(files.begin(), files.end(), path,
                             [](const OutputFile& f, const std::string& p) { return f.path < p; });
  return it != files.end() && it->path == path ? &*it : nullptr;
}

}  // namespace promisehub
