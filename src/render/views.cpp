// View-model builders.
#include "render/views.h"

#include <algorithm>
#include <cmath>

#include "core/text.h"
#include "model/derive.h"
#include "model/status.h"
#include "render/charts.h"

namespace promisehub {

std::string audience_label(const Catalog& words, const std::string& id) {
  if (words.has("audience." + id)) return words.text("audience." + id);
  return id;
}

std::string theme_label(const Catalog& words, const Site& site, const std::string& id) {
  if (words.has("theme." + id)) return words.text("theme." + id);
  for (const auto& t : site.config.extra_themes)
    if (t.id == id) return t.title;
  return id;
}

std::vector<StatusWords> status_words(const Catalog& words, const SiteConfig& config) {
  std::vector<StatusWords> out;
  for (Status s : kAllStatuses) {
    const std::string prefix = "status." + status_key(s) + ".";
    out.push_back({s, words.text(prefix + "label"), words.text(prefix + "sentence")});
  }
  for (const auto& o : config.status_overrides) {
    if (!o.label.empty()) out[index_of(o.status)].label = o.label;
    if (!o.sentence.empty()) out[index_of(o.status)].sentence = o.sentence;
  }
  return out;
}

mstch::map status_view(const ViewContext& ctx, Status status, bool current) {
  const StatusWords& s = ctx.status(status);
  auto icon = ctx.theme.icons.find(s.key());
  return mstch::map{{"key", s.key()},
                    {"label", s.label},
                    {"sentence", s.sentence},
                    {"icon", icon == ctx.theme.icons.end() ? std::string() : icon->second},
                    {"current", current}};
}

std::string promise_label(const Catalog& words, const std::string& id) {
  bool digit = std::any_of(id.begin(), id.end(), [](char c) { return c >= '0' && c <= '9'; });
  return digit && id.size() <= 6 ? words.format("promise.label", {{"id", id}}) : std::string();
}

mstch::map action_card(const ViewContext& ctx, const Plan& plan, const Action& a) {
  const Group* g = plan.find_group(a.group);
  return mstch::map{{"id", a.id},
                    {"label", promise_label(ctx.words, a.id)},
                    {"url", ctx.urls.action(plan.id, a.id)},
                    {"plain", a.plain.value},
                    {"title", a.title},
                    {"status", status_view(ctx, a.current_status)},
                    {"due", a.due ? ctx.words.date(*a.due) : a.due_text},
                    {"has_due", !a.due_text.empty()},
                    {"due_is_date", a.due.has_value()},  // "By June 2024", "Every 3 months"
                    {"late", a.taking_longer},
                    {"group_title", g ? g->title : std::string()}};
}

std::string organisation_name(const Site& site, const Plan& plan) {
  const Organisation* o =
      site.has_organisations ? site.find_organisation(plan.organisation) : nullptr;
  return o ? o->name : plan.organisation;
}

std::string organisation_url(const ViewContext& ctx, const Plan& plan) {
  const Organisation* o =
      ctx.site.has_organisations ? ctx.site.find_organisation(plan.organisation) : nullptr;
  return o ? ctx.urls.page("organisations/" + o->id) : std::string();
}

mstch::map update_card(const ViewContext& ctx, std::size_t index) {
  const Update& u = ctx.site.updates[index];
  const Plan* plan = ctx.site.find_plan(u.plan.value);
  mstch::array promises;
  if (plan) {
    for (const auto& id : u.actions) {
      if (const Action* a = plan->find_action(id.value)) {
        promises.push_back(mstch::map{{"id", a->id},
                                      {"label", promise_label(ctx.words, a->id)},
                                      {"url", ctx.urls.action(plan->id, a->id)},
                                      {"plain", a->plain.value}});
      }
    }
  }
  return mstch::map{{"title", u.title.value},
                    {"url", ctx.urls.update(u.slug)},
                    {"plain", u.plain.value},
                    {"date", ctx.words.date(u.date)},
                    {"date_iso", u.date.iso()},
                    {"author", u.author},
                    {"plan_title", plan ? plan->title : std::string()},
                    {"plan_url", plan ? ctx.urls.plan(plan->id) : std::string()},
                    {"organisation", plan ? organisation_name(ctx.site, *plan) : std::string()},
                    {"organisation_url", plan ? organisation_url(ctx, *plan) : std::string()},
                    {"promises", promises},
                    {"has_promises", !promises.empty()}};
}

std::string indicator_sentence(const Catalog& words, const Indicator& ind) {
  if (ind.values.empty()) return words.text("indicator.none_yet");
  const IndicatorValue& first = ind.values.front();
  const IndicatorValue& last = ind.values.back();
  if (ind.values.size() == 1) {
    return words.format(
        last.date.day ? "indicator.first_on_day" : "indicator.first_in",
        {{"value", format_value(last.value, ind.unit)}, {"date", words.date(last.date)}});
  }
  double change = last.value - first.value;
  if (std::fabs(change) < 1e-9) {
    return words.format(
        first.date.day ? "indicator.same_as_on_day" : "indicator.same_as_in",
        {{"value", format_value(last.value, ind.unit)}, {"date", words.date(first.date)}});
  }
  bool down = change < 0;
  bool good = down == (ind.better == "lower");
  const char* key = down ? (good ? "indicator.down_good" : "indicator.down_not_good")
                         : (good ? "indicator.up_good" : "indicator.up_not_good");
  return words.format(key, {{"from", format_value(first.value, ind.unit)},
                            {"to", format_value(last.value, ind.unit)},
                            {"date", words.date(first.date)}});
}

std::string indicator_target_sentence(const Catalog& words, const Indicator& ind) {
  if (!ind.target) return {};
  std::string s =
      words.format("indicator.target", {{"value", format_value(ind.target->value, ind.unit)},
                                        {"date", words.date(ind.target->date)}});
  if (ind.values.empty()) return s;
  double latest = ind.values.back().value;
  double gap = ind.target->value - latest;
  bool reached = ind.better == "lower" ? latest <= ind.target->value : latest >= ind.target->value;
  if (reached) return s + " " + words.text("indicator.target_reached");
  return s + " " +
         words.format(gap < 0 ? "indicator.target_fewer" : "indicator.target_more",
                      {{"amount", format_value(std::fabs(gap), ind.unit)}});
}

std::string next_update_sentence(const Catalog& words, const Indicator& ind, const Date& today) {
  if (!ind.next_update) return {};
  return words.format(
      ind.next_update->last_day() < today ? "indicator.next_late" : "indicator.next_due",
      {{"date", words.date(*ind.next_update)}});
}

mstch::map indicator_view(const ViewContext& ctx, const Plan& plan, const Indicator& ind) {
  std::string sentence = indicator_sentence(ctx.words, ind);
  mstch::array rows;
  for (const auto& v : ind.values) {
    mstch::map row{{"date", ctx.words.date(v.date)},
                   {"value", format_value(v.value, ind.unit)},
                   {"note", v.note}};
    if (!v.update_slug.empty()) {
      row["update_url"] = ctx.urls.update(v.update_slug);
      for (const auto& u : ctx.site.updates)
        if (u.slug == v.update_slug) row["update_title"] = u.title.value;
    }
    rows.push_back(row);
  }
  mstch::array actions;
  for (const auto& a : ind.actions) {
    if (const Action* act = plan.find_action(a.value))
      actions.push_back(mstch::map{{"id", act->id},
                                   {"label", promise_label(ctx.words, act->id)},
                                   {"url", ctx.urls.action(plan.id, act->id)},
                                   {"plain", act->plain.value}});
  }
  bool overdue = ind.next_update && ind.next_update->last_day() < ctx.site.build_date;
  bool good = false, bad = false;
  if (ind.values.size() > 1) {
    double change = ind.values.back().value - ind.values.front().value;
    if (std::fabs(change) > 1e-9) {
      good = (change < 0) == (ind.better == "lower");
      bad = !good;
    }
  }
  std::string chart_id = "chart-" + plan.id + "-" + ind.id;
  for (char& c : chart_id)
    if (c == '.') c = '-';
  return mstch::map{
      {"id", ind.id},
      {"anchor", "indicator-" + ind.id},
      {"url", ctx.urls.indicators(plan.id) + "#indicator-" + ind.id},
      {"title", ind.title.value},
      {"plain", ind.plain.value},
      {"unit", ind.unit},
      {"better_text",
       // About the services, not the children counted.
       ctx.words.text(ind.better == "lower" ? "indicator.better_lower"
                                            : "indicator.better_higher")},
      {"chart",
       indicator_svg(ind, ctx.words.format("indicator.chart_label", {{"title", ind.title.value}}),
                     chart_id, &ctx.words)},
      {"table_caption", ctx.words.format("indicator.table_caption", {{"title", ind.title.value}})},
      {"sentence", sentence},
      {"good", good},
      {"bad", bad},
      {"rows", rows},
      {"has_rows", !rows.empty()},
      {"target", indicator_target_sentence(ctx.words, ind)},
      {"last_updated", ind.values.empty()
                           ? std::string()
                           : ctx.words.format("indicator.last_figure",
                                              {{"date", ctx.words.date(ind.values.back().date)}})},
      {"next_update", next_update_sentence(ctx.words, ind, ctx.site.build_date)},
      {"overdue", overdue},
      {"actions", actions},
      {"has_actions", !actions.empty()},
      {"plan_title", plan.title},
      {"indicators_url", ctx.urls.indicators(plan.id)}};
}

std::string promises_summary(const ViewContext& ctx, const std::vector<const Action*>& actions) {
  auto counts = count_statuses(actions);
  std::vector<std::string> parts;
  for (const auto& s : ctx.statuses) {
    int n = counts[index_of(s.status)];
    if (n == 0) continue;
    // How a child would say it, in words that agree with the status ("4 are started but need more
    // work"); a status the site renamed is counted in the site's own words, as on its tags.
    const std::string key = std::string("status.") + status_key(s.status);
    bool renamed = s.label != ctx.words.text(key + ".label");
    parts.push_back(
        ctx.words.format(renamed ? std::string("progress.count_marked") : key + ".count",
                         {{"count", n}, {"label", ctx.words.lower(s.label)}, {"name", s.label}}));
  }
  if (parts.empty()) return ctx.words.format("progress.summary_none", {{"count", actions.size()}});
  return ctx.words.format("progress.summary",
                          {{"count", actions.size()}, {"list", ctx.words.list(parts)}});
}

mstch::map progress_view(const ViewContext& ctx, const Plan& plan,
                         const std::vector<const Action*>& actions, const std::string& id) {
  auto counts = count_statuses(actions);
  std::vector<StatusCount> bars;
  mstch::array rows;
  for (const auto& s : ctx.statuses) {
    int n = counts[index_of(s.status)];
    bars.push_back({s.key(), s.label, n});
    mstch::map row = status_view(ctx, s.status);
    row["count"] = std::to_string(n);
    row["filter_url"] = ctx.urls.plan_filter(plan.id, "status", s.key());
    rows.push_back(row);
  }
  int late = 0;
  for (const Action* a : actions) late += a->taking_longer ? 1 : 0;
  std::string summary = promises_summary(ctx, actions);
  std::string late_text;
  if (late > 0) {
    std::size_t n = actions.size();
    late_text = late == static_cast<int>(n)
                    ? ctx.words.format("progress.late_all", {{"count", n}})
                    : ctx.words.format("progress.late_some", {{"late", late}, {"count", n}});
  }
  return mstch::map{{"chart", status_bar_svg(bars, ctx.words.text("progress.chart_label"), id)},
                    {"summary", summary},
                    {"rows", rows},
                    {"total", std::to_string(actions.size())},
                    {"late", std::to_string(late)},
                    {"late_text", late_text},
                    {"has_late", late > 0}};
}

}  // namespace promisehub
