// The page list: one spec per page, in the order the site has always listed them.
#include "render/page_list.h"

#include <set>

#include "core/text.h"
#include "model/areas.h"
#include "render/open_data.h"
#include "render/org_views.h"
#include "render/page_views.h"

namespace promisehub {
namespace {

class PageList {
 public:
  explicit PageList(const ViewContext& ctx) : ctx_(ctx), site_(ctx.site), urls_(ctx.urls) {}

  std::vector<PageSpec> take() {
    // One spec per update, promise and organisation, and some 40 lists per plan: moving every
    // spec to a bigger vector halfway would cost more than the specs themselves.
    std::size_t count = site_.updates.size() + 2 * site_.organisations.size() + 128;
    for (const auto& plan : site_.plans) count += plan.actions.size() + 40;
    specs_.reserve(count);
    const ViewContext& ctx = ctx_;
    add({urls_.home(),
         "home",
         site_.config.title,
         site_.config.description.value,
         "home",
         {},
         [&ctx] { return home_view(ctx); }},
        PageDep::index());
    if (site_.has_organisations) add_organisation_pages();
    for (const auto& plan : site_.plans) add_plan_pages(plan);
    add_update_pages();
    const Page* expect = find_page(site_, "what-to-expect");
    add({urls_.page("what-to-expect"),
         "what-to-expect",
         expect ? expect->title.value : ctx_.words.text("pages.expect_title"),
         expect ? expect->plain.value : ctx_.words.text("pages.expect_description"),
         "what-to-expect",
         {home()},
         [&ctx] { return what_to_expect_view(ctx); }},
        PageDep::index());
    add({urls_.glossary(),
         "glossary",
         ctx_.words.text("pages.glossary_title"),
         ctx_.words.text("pages.glossary_description"),
         "glossary",
         {home()},
         [&ctx] { return glossary_view(ctx); }});
    const Page* help = find_page(site_, "help");
    add({urls_.page("help"),
         "help",
         help ? help->title.value : ctx_.words.text("pages.help_title"),
         ctx_.words.text("pages.help_description"),
         "help",
         {home()},
         [&ctx] { return help_view(ctx); }});
    if (has_not_kept_page(site_)) {
      const Page* page = find_page(site_, kNotKeptSlug);
      add({urls_.page(kNotKeptSlug),
           "not-kept",
           page ? page->title.value : ctx_.words.text("pages.not_kept_title"),
           page && !page->description.value.empty() ? page->description.value
                                                    : ctx_.words.text("pages.not_kept_description"),
           "help",
           {home(), {ctx_.words.text("pages.help_title"), urls_.page("help")}},
           [&ctx] { return not_kept_view(ctx); }});
    }
    add({urls_.page("staying-safe-online"),
         "staying-safe",
         ctx_.words.text("pages.safety_title"),
         ctx_.words.text("pages.safety_description"),
         "help",
         {home(), {ctx_.words.text("pages.help_title"), urls_.page("help")}},
         [] { return mstch::map{}; }});
    add({urls_.page("feeds"),
         "feeds",
         ctx_.words.text("pages.feeds_title"),
         ctx_.words.text("pages.feeds_description"),
         "updates",
         {home(), {ctx_.words.text("pages.updates_title"), urls_.updates()}},
         [&ctx] { return feeds_view(ctx); }});
    add({urls_.page("search"),
         "search",
         ctx_.words.text("pages.search_title"),
         ctx_.words.text("pages.search_description"),
         "search",
         {home()},
         [&ctx] { return search_view(ctx); }});
    for (const auto& page : site_.pages) {
      if (page.slug == "what-to-expect" || page.slug == "help" || page.slug == kNotKeptSlug ||
          page.slug == "feeds")
        continue;
      add({urls_.page(page.slug),
           "page",
           page.title.value,
           page.description.value.empty() ? page.plain.value : page.description.value,
           page.slug,
           {home()},
           [&ctx, &page] { return page_view(ctx, page); }});
    }
    PageSpec not_found{urls_.not_found(),
                       "404",
                       ctx_.words.text("pages.not_found_title"),
                       ctx_.words.text("pages.not_found_description"),
                       "",
                       {},
                       [] { return mstch::map{}; }};
    not_found.in_sitemap = false;
    add(std::move(not_found));
    return std::move(specs_);
  }

 private:
  void add(PageSpec spec, PageDep dep = PageDep::site_wide()) {
    spec.dep = std::move(dep);
    specs_.push_back(std::move(spec));
  }

  Crumb home() const { return {ctx_.words.text("layout.nav.home"), urls_.home()}; }

  // Spec §11: the organisations (with a page per kind and per area in use), each organisation,
  // the map of areas and each area. An organisation's page is made again when one of its
  // updates changes; the rest show every promise's status and are made again when a status does.
  void add_organisation_pages() {
    const ViewContext& ctx = ctx_;
    const std::string desc = "Who makes the promises on this site, and how they are doing.";
    add({urls_.page("organisations"),
         "organisations",
         "Organisations",
         desc,
         "organisations",
         {home()},
         [&ctx] { return organisations_view(ctx, "", ""); }},
        PageDep::status_pages());
    std::vector<Crumb> crumbs{home(), {"Organisations", urls_.page("organisations")}};
    for (const auto& kind : kinds_in_use(site_)) {
      add({urls_.page("organisations/kind/" + kind), "organisations",
           ctx_.words.format("pages.organisations_kind_title",
                             {{"kind", organisation_kind_label(ctx_.words, kind)}}),
           desc, "organisations", crumbs,
           [&ctx, kind] { return organisations_view(ctx, "kind", kind); }},
          PageDep::status_pages());
    }
    for (const auto& id : areas_in_use(site_)) {
      add({urls_.page("organisations/area/" + id), "organisations",
           "Organisations working in " + find_area(id)->name, desc, "organisations", crumbs,
           [&ctx, id] { return organisations_view(ctx, "area", id); }},
          PageDep::status_pages());
    }
    for (const auto& org : site_.organisations) {
      add({urls_.page("organisations/" + org.id), "organisation", org.name,
           org.plain.value.empty() ? desc : org.plain.value, "organisations", crumbs,
           [&ctx, &org] { return organisation_view(ctx, org); }},
          PageDep::organisation_page(org.id));
    }
    add({urls_.page("areas"),
         "areas",
         "Find your area",
         "A map of Scotland's 32 council areas: see what is promised where you live.",
         "areas",
         {home()},
         [&ctx] { return areas_view(ctx); }},
        PageDep::status_pages());
    std::vector<Crumb> area_crumbs{home(), {"Find your area", urls_.page("areas")}};
    for (const auto& area : areas()) {
      add({urls_.page("areas/" + area.id), "area",
           area.id == "scotland" ? "All of Scotland" : area.name,
           "What is promised in " + area.name + ", and how it is going.", "areas", area_crumbs,
           [&ctx, &area] { return area_view(ctx, area); }},
          PageDep::status_pages());
    }
  }

  void add_update_pages() {
    const ViewContext& ctx = ctx_;
    std::size_t pages = updates_list_pages(site_.updates.size());
    for (std::size_t n = 1; n <= pages; ++n) {
      std::string title =
          n == 1 ? ctx_.words.text("pages.updates_title")
                 : ctx_.words.format("pages.updates_page_title", {{"page", n}, {"pages", pages}});
      add({urls_.updates_page(n),
           "updates",
           title,
           ctx_.words.text("pages.updates_description"),
           "updates",
           {home()},
           [&ctx, n, pages] { return updates_view(ctx, n, pages); }},
          PageDep::updates_list(n));
    }
    for (std::size_t i = 0; i < site_.updates.size(); ++i) {
      const Update& u = site_.updates[i];
      PageSpec spec{urls_.update(u.slug),
                    "update",
                    u.title.value,
                    u.plain.value,
                    "updates",
                    {home(), {ctx_.words.text("pages.updates_title"), urls_.updates()}},
                    [&ctx, i] { return update_view(ctx, i); }};
      spec.og_type = "article";
      spec.update = i;
      add(std::move(spec), PageDep::update_page(u.slug));
    }
  }

  // A plan's list of promises, one page per filter value in use, each promise, and the
  // indicators.
  void add_plan_pages(const Plan& plan) {
    const ViewContext& ctx = ctx_;
    const PageDep dep = PageDep::plan_pages(plan.id);
    std::vector<Crumb> crumbs{home(), {plan.title, urls_.plan(plan.id)}};
    const std::string& desc = plan.plain.value;
    add({urls_.plan(plan.id),
         "plan",
         plan.title,
         desc,
         "plans",
         {home()},
         [&ctx, &plan] { return plan_view(ctx, plan, "", ""); }},
        dep);
    for (const auto& s : ctx_.statuses) {
      add({urls_.plan_filter(plan.id, "status", s.key()), "plan", s.label + ": " + plan.title, desc,
           "plans", crumbs,
           [&ctx, &plan, key = s.key()] { return plan_view(ctx, plan, "status", key); }},
          dep);
    }
    std::set<std::string> used_audiences, used_themes;
    for (const auto& a : plan.actions) {
      used_audiences.insert(a.audiences.begin(), a.audiences.end());
      used_themes.insert(a.themes.begin(), a.themes.end());
    }
    for (const auto& id : used_audiences) {
      add({urls_.plan_filter(plan.id, "for", id), "plan",
           ctx_.words.format(
               "pages.for_title",
               {{"who", to_lower_ascii(audience_label(ctx_.words, id))}, {"plan", plan.title}}),
           desc, "plans", crumbs, [&ctx, &plan, id] { return plan_view(ctx, plan, "for", id); }},
          dep);
    }
    for (const auto& id : used_themes) {
      add({urls_.plan_filter(plan.id, "theme", id), "plan",
           ctx_.words.format("pages.theme_title",
                             {{"theme", theme_label(ctx_.words, site_, id)}, {"plan", plan.title}}),
           desc, "plans", crumbs, [&ctx, &plan, id] { return plan_view(ctx, plan, "theme", id); }},
          dep);
    }
    for (const auto& a : plan.actions) {
      add({urls_.action(plan.id, a.id), "action",
           (promise_label(ctx_.words, a.id).empty() ? "" : promise_label(ctx_.words, a.id) + ": ") +
               a.plain.value,
           a.plain.value, "plans", crumbs, [&ctx, &plan, &a] { return action_view(ctx, plan, a); }},
          PageDep::action_page(plan.id, a.id));
    }
    if (!plan.indicators.empty()) {
      add({urls_.indicators(plan.id), "indicators",
           ctx_.words.format("pages.indicators_title", {{"plan", plan.title}}),
           ctx_.words.text("pages.indicators_description"), "plans", crumbs,
           [&ctx, &plan] { return indicators_view(ctx, plan); }},
          dep);
    }
    add_open_data(plan, dep);
  }

  // promises.csv and promises.json: made with the plan's pages, so they change when they do.
  void add_open_data(const Plan& plan, const PageDep& dep) {
    for (const std::string format : {"csv", "json"}) {
      PageSpec spec;
      spec.url = urls_.plan_data(plan.id, format);
      spec.title = plan.title + ": the promises as open data";
      spec.in_sitemap = false;
      spec.file = [&ctx = ctx_, &plan, format] {
        return format == "csv" ? promises_csv(ctx.site, plan, ctx.urls)
                               : promises_json(ctx.site, plan, ctx.urls);
      };
      add(std::move(spec), dep);
    }
  }

  const ViewContext& ctx_;
  const Site& site_;
  const Urls& urls_;
  std::vector<PageSpec> specs_;
};

}  // namespace

std::vector<PageSpec> list_pages(const ViewContext& ctx) {
  return PageList(ctx).take();
}

}  // namespace promisehub
