// The data a plan's pages give their templates: the list of promises and its filters, one
// promise, and the indicators.
#include <algorithm>
#include <functional>
#include <set>

#include "core/text.h"
#include "model/derive.h"
#include "model/status.h"
#include "render/org_views.h"
#include "render/page_views.h"

namespace promisehub {
namespace {

mstch::array filter_links(const ViewContext& ctx, const Plan& plan, const std::string& kind,
                          const std::string& current,
                          const std::vector<std::pair<std::string, std::string>>& values,
                          const std::function<bool(const Action&, const std::string&)>& match) {
  mstch::array out;
  for (const auto& [id, label] : values) {
    int n = 0;
    for (const auto& a : plan.actions) n += match(a, id) ? 1 : 0;
    out.push_back(mstch::map{{"label", label},
                             {"url", ctx.urls.plan_filter(plan.id, kind, id)},
                             {"count", std::to_string(n)},
                             {"current", id == current}});
  }
  return out;
}

const std::string& text_of(const std::string& s) {
  return s;
}
const std::string& text_of(const LocatedText& t) {
  return t.value;
}

mstch::array leads_view(const std::vector<Lead>& leads) {
  mstch::array out;
  for (const auto& l : leads)
    out.push_back(mstch::map{
        {"name", l.name}, {"role", l.role}, {"contact", l.contact}, {"href", l.contact_href}});
  return out;
}

}  // namespace

// What a promise that is taking longer than planned says, in words that agree with its status:
// one not started yet is not "still being worked on", and one whose plan has ended is not being
// worked on in that plan any more.
std::string late_sentence(const ViewContext& ctx, const Action& a, const Plan& plan) {
  if (!a.taking_longer) return {};
  std::string s = ctx.words.text("late.sentence");
  if (has_ended(plan, ctx.site.build_date)) {
    // "by December 2024, when the plan ended", not the same month twice.
    std::string ended = ctx.words.date(*plan.period_to);
    bool at_end = a.due && ctx.words.date(*a.due) == ended;
    if (a.due)
      s += " " + ctx.words.format(at_end ? "late.due_by_plan_end" : "late.due_by",
                                  {{"date", ctx.words.date(*a.due)}});
    const char* key = a.current_status == Status::not_started       ? "late.ended_not_started"
                      : a.current_status == Status::little_progress ? "late.ended_little_progress"
                                                                    : "late.ended_other";
    return s + " " +
           ctx.words.format(key,
                            {{"at_end", std::string(at_end ? "yes" : "no")}, {"ended", ended}});
  }
  if (a.due) s += " " + ctx.words.format("late.due_by", {{"date", ctx.words.date(*a.due)}});
  switch (a.current_status) {
    case Status::not_started:
      return s + " " + ctx.words.text("late.not_started");
    case Status::little_progress:
      return s + " " + ctx.words.text("late.little_progress");
    default:
      return s + " " + ctx.words.text("late.working");
  }
}

// "This plan ended in December 2024.", when it has, and the plan that came after it, if any.
mstch::map plan_time_view(const ViewContext& ctx, const Plan& plan) {
  mstch::map out;
  const Date& today = ctx.site.build_date;
  if (has_ended(plan, today)) {
    out["ended"] = ctx.words.format("plan.ended", {{"date", ctx.words.date(*plan.period_to)}});
    const Plan* next = nullptr;
    for (const auto& other : ctx.site.plans) {
      if (&other == &plan || !other.period_from) continue;
      // On a hub, the plan after it is its own organisation's, not another's.
      if (ctx.site.has_organisations && other.organisation != plan.organisation) continue;
      if (!(plan.period_to->first_day() < other.period_from->last_day())) continue;
      if (!next || other.period_from->first_day() < next->period_from->first_day()) next = &other;
    }
    if (next) {
      out["next_plan_title"] = next->title;
      out["next_plan_url"] = ctx.urls.plan(next->id);
    }
  }
  if (plan.next_update) {
    out["next_update"] = ctx.words.format(
        plan.next_update->last_day() < today ? "plan.next_update_late" : "plan.next_update",
        {{"date", ctx.words.date(*plan.next_update)}});
  }
  return out;
}

mstch::map plan_view(const ViewContext& ctx, const Plan& plan, const std::string& kind,
                     const std::string& value) {
  auto match = [&](const Action& a) {
    if (kind == "status") return status_key(a.current_status) == value;
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
      cards.push_back(action_card(ctx, plan, a));
      shown.push_back(&a);
    }
    if (cards.empty()) return;
    groups.push_back(mstch::map{
        {"id", id.empty() ? std::string("other") : id},
        {"title", title},
        {"plain", plain},
        {"summary", summary.empty() ? std::string() : site_markdown(ctx.site, ctx.words, summary)},
        {"actions", cards},
        {"count", std::to_string(cards.size())}});
  };
  for (const auto& g : plan.groups) add_group(g.id, g.title, g.plain.value, g.summary);
  add_group("", ctx.words.text(plan.groups.empty() ? "plan.promises" : "plan.other_promises"), "",
            "");

  std::vector<std::pair<std::string, std::string>> statuses, auds, themes;
  for (const auto& s : ctx.statuses) statuses.push_back({s.key(), s.label});
  std::set<std::string> used_a, used_t;
  for (const auto& a : plan.actions) {
    used_a.insert(a.audiences.begin(), a.audiences.end());
    used_t.insert(a.themes.begin(), a.themes.end());
  }
  for (const auto& a : audiences())
    if (used_a.count(a.id)) auds.push_back({a.id, audience_label(ctx.words, a.id)});
  for (const auto& t : used_t) themes.push_back({t, theme_label(ctx.words, ctx.site, t)});

  std::string filter_label;
  if (kind == "status")
    filter_label = ctx.words.format("plan.with_status",
                                    {{"status", ctx.status(*status_from_key(value)).label}});
  if (kind == "for")
    filter_label =
        ctx.words.format("plan.for", {{"who", to_lower_ascii(audience_label(ctx.words, value))}});
  if (kind == "theme")
    filter_label =
        ctx.words.format("plan.about_theme", {{"theme", theme_label(ctx.words, ctx.site, value)}});
  std::string period;
  if (plan.period_from && plan.period_to)
    period = ctx.words.format("plan.period", {{"from", ctx.words.date(*plan.period_from)},
                                              {"to", ctx.words.date(*plan.period_to)}});

  return mstch::map{
      {"title", plan.title},
      {"plain", plan.plain.value},
      {"summary", site_markdown(ctx.site, ctx.words, plan.summary.value)},
      {"organisation", organisation_name(ctx.site, plan)},
      {"organisation_url", organisation_url(ctx, plan)},
      {"period", period},
      {"time", plan_time_view(ctx, plan)},
      {"published", plan.published ? ctx.words.date(*plan.published) : std::string()},
      {"source", plan.source},
      {"has_many_groups", groups.size() > 1},
      {"groups", groups},
      {"none", groups.empty()},
      {"filtered", !kind.empty()},
      {"filter_label", filter_label},
      {"shown", ctx.words.format("plan.shown", {{"count", shown.size()}})},
      {"all_url", ctx.urls.plan(plan.id)},
      {"status_filters", filter_links(ctx, plan, "status", kind == "status" ? value : "", statuses,
                                      [](const Action& a, const std::string& v) {
                                        return status_key(a.current_status) == v;
                                      })},
      {"audience_filters", filter_links(ctx, plan, "for", kind == "for" ? value : "", auds,
                                        [](const Action& a, const std::string& v) {
                                          return std::find(a.audiences.begin(), a.audiences.end(),
                                                           v) != a.audiences.end();
                                        })},
      {"has_audience_filters", !auds.empty()},
      {"theme_filters", filter_links(ctx, plan, "theme", kind == "theme" ? value : "", themes,
                                     [](const Action& a, const std::string& v) {
                                       return std::find(a.themes.begin(), a.themes.end(), v) !=
                                              a.themes.end();
                                     })},
      {"has_theme_filters", !themes.empty()},
      {"progress",
       progress_view(ctx, plan, kind.empty() ? all_actions(plan) : shown, "progress-" + plan.id)},
      {"feed_url", ctx.urls.plan_feed(plan.id)},
      {"csv_url", ctx.urls.plan_data(plan.id, "csv")},
      {"json_url", ctx.urls.plan_data(plan.id, "json")},
      {"has_indicators", !plan.indicators.empty()},
      {"indicators_url", ctx.urls.indicators(plan.id)}};
}

mstch::map action_view(const ViewContext& ctx, const Plan& plan, const Action& a) {
  mstch::array timeline;
  for (auto it = a.update_indexes.rbegin(); it != a.update_indexes.rend(); ++it) {
    mstch::map item = update_card(ctx, *it);
    for (const auto& change : a.history) {
      if (change.update_index == *it) {
        item["changed"] = true;
        item["to"] = status_view(ctx, change.to);
        item["from_label"] = ctx.status(change.from).label;
      }
    }
    timeline.push_back(item);
  }
  auto names = [](const auto& items) {
    mstch::array out;
    for (const auto& i : items) out.push_back(mstch::map{{"name", text_of(i)}});
    return out;
  };
  mstch::array auds, themes, indicators;
  for (const auto& id : a.audiences)
    auds.push_back(mstch::map{{"label", audience_label(ctx.words, id)},
                              {"url", ctx.urls.plan_filter(plan.id, "for", id)}});
  for (const auto& id : a.themes)
    themes.push_back(mstch::map{{"label", theme_label(ctx.words, ctx.site, id)},
                                {"url", ctx.urls.plan_filter(plan.id, "theme", id)}});
  for (const auto& ind : plan.indicators) {
    for (const auto& linked : ind.actions)
      if (linked.value == a.id) indicators.push_back(indicator_view(ctx, plan, ind));
  }
  const Group* g = plan.find_group(a.group);
  return mstch::map{
      {"id", a.id},
      {"label", promise_label(ctx.words, a.id)},
      {"plain", a.plain.value},
      {"title", a.title},
      {"status", status_view(ctx, a.current_status, true)},
      {"late", a.taking_longer},
      {"late_sentence", late_sentence(ctx, a, plan)},
      {"time", plan_time_view(ctx, plan)},
      {"due", a.due ? ctx.words.date(*a.due) : a.due_text},
      {"has_due", !a.due_text.empty()},
      {"due_is_date", a.due.has_value()},
      {"leads", leads_view(a.leads)},
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
      {"contributions", contributions_view(ctx, a)},
      {"serves", serves_view(ctx, a)},
      {"indicators", indicators},
      {"has_indicators", !indicators.empty()},
      {"plan_title", plan.title},
      {"plan_url", ctx.urls.plan(plan.id)},
      {"group_title", g ? g->title : std::string()},
      {"group_url", g ? ctx.urls.plan(plan.id) + "#group-" + g->id : std::string()},
      {"not_kept_url", has_not_kept_page(ctx.site) ? ctx.urls.page(kNotKeptSlug) : std::string()}};
}

mstch::map indicators_view(const ViewContext& ctx, const Plan& plan) {
  mstch::array items;
  for (const auto& ind : plan.indicators) items.push_back(indicator_view(ctx, plan, ind));
  return mstch::map{
      {"plan_title", plan.title},
      {"see_all", ctx.words.format("indicator.see_all_promises", {{"plan", plan.title}})},
      {"plan_url", ctx.urls.plan(plan.id)},
      {"indicators", items}};
}

// For a single plan of ordinary size the page lists the promises themselves; for a hub of many
// plans it links each plan's page of promises for that audience instead of one huge page.

}  // namespace promisehub
