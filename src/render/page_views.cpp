// The data the site's other pages give their templates: home, the list of updates and each
// update, what to expect, the glossary, help, search and the site's own pages.
#include <algorithm>

#include "core/text.h"
#include "model/derive.h"
#include "model/status.h"
#include "render/charts.h"
#include "render/markdown.h"
#include "render/org_views.h"
#include "render/page_deps.h"
#include "render/page_views.h"

namespace promisehub {

std::string site_markdown(const Site& site, const Catalog& words, const std::string& text,
                          const std::string& prefix) {
  MarkdownOptions o;
  o.words = &words;
  o.allow_html = site.config.allow_html;
  o.images = image_rule_for(site.config);
  o.id_prefix = prefix;
  return render_markdown(text, o);
}

const Page* find_page(const Site& site, const std::string& slug) {
  for (const auto& p : site.pages)
    if (p.slug == slug) return &p;
  return nullptr;
}

std::vector<const Action*> all_actions(const Plan& plan) {
  std::vector<const Action*> out;
  for (const auto& a : plan.actions) out.push_back(&a);
  return out;
}

mstch::map home_view(const ViewContext& ctx) {
  mstch::array plans;
  for (const Plan* each : plans_for_readers(ctx.site)) {
    const Plan& plan = *each;
    mstch::map p{{"id", plan.id},
                 {"title", plan.title},
                 {"plain", plan.plain.value},
                 {"url", ctx.urls.plan(plan.id)},
                 {"progress", progress_view(ctx, plan, all_actions(plan), "progress-" + plan.id)},
                 {"time", plan_time_view(ctx, plan)},
                 {"has_indicators", !plan.indicators.empty()},
                 {"indicators_url", ctx.urls.indicators(plan.id)}};
    plans.push_back(p);
  }
  mstch::array headlines;
  // With several plans, two indicators may share a title: each says which plan it is from.
  const bool several = ctx.site.plans.size() > 1;
  for (const Plan* plan : plans_for_readers(ctx.site))
    for (const auto& ind : plan->indicators)
      if (ind.headline) {
        mstch::map view = indicator_view(ctx, *plan, ind);
        view["name_plan"] = several;
        if (several) view["anchor"] = "indicator-" + plan->id + "-" + ind.id;  // ids stay unique
        headlines.push_back(view);
      }
  mstch::array latest;
  for (std::size_t n = 0; n < ctx.site.updates.size() && n < 5; ++n)
    latest.push_back(update_card(ctx, ctx.site.updates.size() - 1 - n));
  return mstch::map{
      {"find_area", find_area_view(ctx)},
      {"intro", ctx.site.config.intro.value.empty()
                    ? std::string()
                    : site_markdown(ctx.site, ctx.words, ctx.site.config.intro.value)},
      {"has_intro", !ctx.site.config.intro.value.empty()},
      {"plans", plans},
      {"headlines", headlines},
      {"has_headlines", !headlines.empty()},
      {"updates", latest},
      {"has_updates", !latest.empty()},
      {"updates_url", ctx.urls.updates()},
      {"expect_url", ctx.urls.page("what-to-expect")}};
}

mstch::map updates_view(const ViewContext& ctx, std::size_t page, std::size_t pages) {
  mstch::array items;
  std::size_t total = ctx.site.updates.size();
  std::size_t skip = (page - 1) * kUpdatesPerListPage;
  for (std::size_t k = skip; k < total && k < skip + kUpdatesPerListPage; ++k)
    items.push_back(update_card(ctx, total - 1 - k));
  mstch::array links;
  for (std::size_t n = 1; n <= pages; ++n) {
    // Around the current page, and the first and last: enough to move on without a wall of links.
    if (n != 1 && n != pages && (n + 2 < page || n > page + 2)) continue;
    links.push_back(mstch::map{
        {"number", std::to_string(n)}, {"url", ctx.urls.updates_page(n)}, {"current", n == page}});
  }
  return mstch::map{{"updates", items},
                    {"has_updates", !items.empty()},
                    {"feed_url", ctx.urls.feed()},
                    {"paginated", pages > 1},
                    {"page", std::to_string(page)},
                    {"pages", std::to_string(pages)},
                    {"has_prev", page > 1},
                    {"prev_url", page > 1 ? ctx.urls.updates_page(page - 1) : std::string()},
                    {"has_next", page < pages},
                    {"next_url", page < pages ? ctx.urls.updates_page(page + 1) : std::string()},
                    {"page_links", links}};
}

namespace {

// The figures an update gives, each with the indicator's title and when the next one is due.
mstch::array update_figures(const ViewContext& ctx, const Update& u) {
  mstch::array figures;
  const Plan* plan = ctx.site.find_plan(u.plan.value);
  if (!plan) return figures;
  for (const auto& iv : u.indicator_values) {
    const Indicator* ind = plan->find_indicator(iv.indicator.value);
    if (!ind) continue;
    mstch::map f{{"title", ind->title.value},
                 {"url", ctx.urls.indicators(plan->id) + "#indicator-" + ind->id}};
    if (iv.has_value) {
      f["value"] = format_value(iv.value.value, ind->unit);
      f["date"] = ctx.words.date(iv.value.date);
    }
    if (iv.next_update)
      f["next"] =
          ctx.words.format("indicator.next_due", {{"date", ctx.words.date(iv.next_update->value)}});
    figures.push_back(f);
  }
  return figures;
}

}  // namespace

mstch::map update_view(const ViewContext& ctx, std::size_t i) {
  const Update& u = ctx.site.updates[i];
  mstch::map data = update_card(ctx, i);
  data["body"] = ctx.update_html[i];
  mstch::array changes;
  if (const Plan* plan = ctx.site.find_plan(u.plan.value)) {
    for (const auto& [id, status] : u.status_changes) {
      const Action* a = plan->find_action(id.value);
      if (!a) continue;
      changes.push_back(mstch::map{{"id", a->id},
                                   {"label", promise_label(ctx.words, a->id)},
                                   {"url", ctx.urls.action(plan->id, a->id)},
                                   {"plain", a->plain.value},
                                   {"to", status_view(ctx, status.value)}});
    }
  }
  data["changes"] = changes;
  data["has_changes"] = !changes.empty();
  mstch::array figures = update_figures(ctx, u);
  data["has_figures"] = !figures.empty();
  data["figures"] = figures;
  data["has_news"] = !changes.empty() || !figures.empty();
  return data;
}

constexpr std::size_t kMaxCardsOnExpect = 150;
constexpr std::size_t kUnfoldedCards = 4;

mstch::map what_to_expect_view(const ViewContext& ctx) {
  const Page* page = find_page(ctx.site, "what-to-expect");
  std::size_t total = 0;
  for (const auto& plan : ctx.site.plans) total += plan.actions.size();
  bool cards_shown = ctx.site.plans.size() == 1 && total <= kMaxCardsOnExpect;
  mstch::array groups;
  for (const auto& aud : audiences()) {
    mstch::array cards, plan_links;
    std::size_t count = 0;
    for (const auto& plan : ctx.site.plans) {
      std::size_t in_plan = 0;
      for (const auto& a : plan.actions) {
        if (std::find(a.audiences.begin(), a.audiences.end(), aud.id) == a.audiences.end())
          continue;
        ++in_plan;
        if (cards_shown) cards.push_back(action_card(ctx, plan, a));
      }
      if (in_plan > 0) {
        plan_links.push_back(mstch::map{{"title", plan.title},
                                        {"url", ctx.urls.plan_filter(plan.id, "for", aud.id)},
                                        {"count", std::to_string(in_plan)}});
      }
      count += in_plan;
    }
    if (count == 0) continue;
    groups.push_back(mstch::map{
        {"id", aud.id},
        {"label", audience_label(ctx.words, aud.id)},
        {"actions", cards},
        {"show_cards", cards_shown},
        // A long list is folded, so the page shows every audience first.
        {"folded", count > kUnfoldedCards},
        {"label_lower", to_lower_ascii(audience_label(ctx.words, aud.id))},
        {"see_all",
         ctx.words.format(
             "expect.see_all",
             {{"count", count}, {"audience", ctx.words.lower(audience_label(ctx.words, aud.id))}})},
        {"plan_links", plan_links},
        {"count", std::to_string(count)}});
  }
  return mstch::map{
      {"plain", page ? page->plain.value : std::string()},
      {"body", page ? site_markdown(ctx.site, ctx.words, page->body.value) : std::string()},
      {"audiences", groups}};
}

mstch::map glossary_view(const ViewContext& ctx) {
  mstch::array entries;
  std::vector<const GlossaryEntry*> sorted;
  for (const auto& e : ctx.site.glossary) sorted.push_back(&e);
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

bool has_not_kept_page(const Site& site) {
  return site.config.complaints || find_page(site, kNotKeptSlug);
}

mstch::map contact_view(const HelpLine& line) {
  return mstch::map{{"name", line.name},
                    {"text", line.text},
                    {"phone", line.phone.empty() ? line.dial : line.phone},
                    {"tel", line.dial},
                    {"sms", line.sms},
                    {"sms_dial", line.sms_dial},
                    {"email", line.email},
                    {"url", line.url}};
}

mstch::map help_view(const ViewContext& ctx) {
  const Page* page = find_page(ctx.site, "help");
  mstch::map data{
      {"body", page ? site_markdown(ctx.site, ctx.words, page->body.value) : std::string()},
      {"organisation", ctx.site.config.organisation},
      {"safety_url", ctx.urls.page("staying-safe-online")}};
  if (ctx.site.config.complaints) data["complaints"] = contact_view(*ctx.site.config.complaints);
  if (has_not_kept_page(ctx.site)) data["not_kept_url"] = ctx.urls.page(kNotKeptSlug);
  return data;
}

mstch::map feeds_view(const ViewContext& ctx) {
  mstch::array plans;
  for (const auto& plan : ctx.site.plans)
    plans.push_back(mstch::map{{"title", plan.title},
                               {"about", ctx.words.format("feeds.about", {{"plan", plan.title}})},
                               {"url", ctx.urls.plan_feed(plan.id)}});
  return mstch::map{{"feed_url", ctx.urls.feed()},
                    {"no_need", ctx.words.format("feeds.no_need_html",
                                                 {{"url", escape_html(ctx.urls.updates())}})},
                    {"plans", plans},
                    {"has_plans", !plans.empty()},
                    {"updates_url", ctx.urls.updates()}};
}

namespace {
// Where the first heading (<h2> to <h6>) starts in rendered Markdown; its end when it has none.
std::size_t first_heading(const std::string& html) {
  for (std::size_t at = html.find("<h"); at != std::string::npos; at = html.find("<h", at + 1))
    if (at + 2 < html.size() && html[at + 2] >= '2' && html[at + 2] <= '6') return at;
  return html.size();
}
}  // namespace

// The page's own opening words (what comes before its first heading) go first, before who to
// tell; its sections after.
mstch::map not_kept_view(const ViewContext& ctx) {
  const Page* page = find_page(ctx.site, kNotKeptSlug);
  std::string body =
      page ? site_markdown(ctx.site, ctx.words, page->body.value, "p-") : std::string();
  std::size_t split = first_heading(body);
  mstch::map data{
      {"plain", page ? page->plain.value : std::string()},
      {"intro", trim(body.substr(0, split))},
      {"sections", body.substr(split)},
      {"body", body},  // whole, for a theme that shows this as a plain page
      {"organisation", ctx.site.config.organisation},
      {"tell",
       ctx.site.config.organisation.empty()
           ? ctx.words.text("not_kept.tell_us")
           : ctx.words.format("not_kept.tell", {{"organisation", ctx.site.config.organisation}})},
      {"help_url", ctx.urls.page("help")}};
  if (ctx.site.config.complaints) data["complaints"] = contact_view(*ctx.site.config.complaints);
  return data;
}

mstch::map search_view(const ViewContext& ctx) {
  mstch::array plans;
  for (const auto& plan : ctx.site.plans)
    plans.push_back(mstch::map{{"title", plan.title}, {"url", ctx.urls.plan(plan.id)}});
  return mstch::map{{"plans", plans},
                    {"pagefind_css", ctx.urls.asset("pagefind/pagefind-ui.css")},
                    {"pagefind_js", ctx.urls.asset("pagefind/pagefind-ui.js")}};
}

mstch::map page_view(const ViewContext& ctx, const Page& page) {
  return mstch::map{{"plain", page.plain.value},
                    {"body", site_markdown(ctx.site, ctx.words, page.body.value, "p-")}};
}

}  // namespace promisehub
