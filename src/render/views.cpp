// View-model builders.
#include "render/views.h"

#include <algorithm>
#include <cmath>

#include "core/text.h"
#include "model/derive.h"
#include "model/status.h"
#include "render/charts.h"

namespace promisehub {

std::string audience_label(const std::string& id) {
  for (const auto& a : audiences())
    if (a.id == id) return a.label;
  return id;
}

std::string theme_label(const Site& site, const std::string& id) {
  for (const auto& t : promise_themes())
    if (t.id == id) return t.label;
  for (const auto& t : site.config.extra_themes)
    if (t.id == id) return t.title;
  return id;
}

mstch::map status_view(const ViewContext& ctx, Status status, bool current) {
  const StatusWords& s = ctx.site.status(status);
  auto icon = ctx.theme.icons.find(s.key());
  return mstch::map{{"key", s.key()},
                    {"label", s.label},
                    {"sentence", s.sentence},
                    {"icon", icon == ctx.theme.icons.end() ? std::string() : icon->second},
                    {"current", current}};
}

std::string promise_label(const std::string& id) {
  bool digit = std::any_of(id.begin(), id.end(), [](char c) { return c >= '0' && c <= '9'; });
  return digit && id.size() <= 6 ? "Promise " + id : std::string();
}

mstch::map action_card(const ViewContext& ctx, const Plan& plan, const Action& a) {
  const Group* g = plan.find_group(a.group);
  return mstch::map{{"id", a.id},
                    {"label", promise_label(a.id)},
                    {"url", ctx.urls.action(plan.id, a.id)},
                    {"plain", a.plain.value},
                    {"title", a.title},
                    {"status", status_view(ctx, a.current_status)},
                    {"due", a.due ? a.due->human() : a.due_text},
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
                                      {"label", promise_label(a->id)},
                                      {"url", ctx.urls.action(plan->id, a->id)},
                                      {"plain", a->plain.value}});
      }
    }
  }
  return mstch::map{{"title", u.title.value},
                    {"url", ctx.urls.update(u.slug)},
                    {"plain", u.plain.value},
                    {"date", u.date.human()},
                    {"date_iso", u.date.iso()},
                    {"author", u.author},
                    {"plan_title", plan ? plan->title : std::string()},
                    {"plan_url", plan ? ctx.urls.plan(plan->id) : std::string()},
                    {"organisation", plan ? organisation_name(ctx.site, *plan) : std::string()},
                    {"organisation_url", plan ? organisation_url(ctx, *plan) : std::string()},
                    {"promises", promises},
                    {"has_promises", !promises.empty()}};
}

std::string indicator_sentence(const Indicator& ind) {
  if (ind.values.empty()) return "We do not have any figures for this yet.";
  const IndicatorValue& first = ind.values.front();
  const IndicatorValue& last = ind.values.back();
  if (ind.values.size() == 1) {
    return "The figure was " + format_value(last.value, ind.unit) +
           (last.date.day ? " on " : " in ") + last.date.human() +
           ". This is the first figure, so we cannot see a change yet.";
  }
  double change = last.value - first.value;
  if (std::fabs(change) < 1e-9) {
    return "The figure is " + format_value(last.value, ind.unit) + ", the same as " +
           (first.date.day ? "on " : "in ") + first.date.human() + ".";
  }
  bool down = change < 0;
  bool good = down == (ind.better == "lower");
  return std::string(down ? "Down" : "Up") + " from " + format_value(first.value, ind.unit) +
         " to " + format_value(last.value, ind.unit) + " since " + first.date.human() +
         " \xE2\x80\x94 " + (good ? "that is good news." : "that is not good news yet.");
}

std::string indicator_target_sentence(const Indicator& ind) {
  if (!ind.target) return {};
  std::string s = "We want it to be " + format_value(ind.target->value, ind.unit) + " by " +
                  ind.target->date.human() + ".";
  if (ind.values.empty()) return s;
  double latest = ind.values.back().value;
  double gap = ind.target->value - latest;
  bool reached = ind.better == "lower" ? latest <= ind.target->value : latest >= ind.target->value;
  if (reached) return s + " We have reached it.";
  std::string amount = format_value(std::fabs(gap), ind.unit);
  return s + " We need " + amount + (gap < 0 ? " fewer" : " more") + " to get there.";
}

std::string next_update_sentence(const Indicator& ind, const Date& today) {
  if (!ind.next_update) return {};
  if (ind.next_update->last_day() < today) {
    return "The next figure was due in " + ind.next_update->human() +
           ". It is late. We will add it as soon as we have it.";
  }
  return "The next figure is due in " + ind.next_update->human() + ".";
}

mstch::map indicator_view(const ViewContext& ctx, const Plan& plan, const Indicator& ind) {
  std::string sentence = indicator_sentence(ind);
  mstch::array rows;
  for (const auto& v : ind.values) {
    mstch::map row{
        {"date", v.date.human()}, {"value", format_value(v.value, ind.unit)}, {"note", v.note}};
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
                                   {"label", promise_label(act->id)},
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
       ind.better == "lower" ? std::string("A lower number means our services are doing better.")
                             : std::string("A higher number means our services are doing better.")},
      {"chart", indicator_svg(ind, "Chart of the figures for: " + ind.title.value, chart_id)},
      {"sentence", sentence},
      {"good", good},
      {"bad", bad},
      {"rows", rows},
      {"has_rows", !rows.empty()},
      {"target", indicator_target_sentence(ind)},
      {"last_updated", ind.values.empty() ? std::string() : ind.values.back().date.human()},
      {"next_update", next_update_sentence(ind, ctx.site.build_date)},
      {"overdue", overdue},
      {"actions", actions},
      {"has_actions", !actions.empty()},
      {"plan_title", plan.title},
      {"indicators_url", ctx.urls.indicators(plan.id)}};
}

namespace {

// What follows a number of promises, for one of them and for several: "1 is done", "4 are done".
struct CountWords {
  std::string one, many;
};

std::string count_phrase(int n, const CountWords& words) {
  return std::to_string(n) + " " + (n == 1 ? words.one : words.many);
}

// How a child would say that promises have a status, in words that agree with its label. A
// status the site has renamed is named in the site's own words, as it is on the tags.
CountWords status_count_words(const Site& site, Status status) {
  const std::string& label = site.status(status).label;
  if (label == default_statuses().at(index_of(status)).label) {
    switch (status) {
      case Status::not_started:
        return {"has not started yet", "have not started yet"};
      case Status::little_progress:
        return {"has had little or no work yet", "have had little or no work yet"};
      case Status::needs_more:
        return {"is started but needs more work", "are started but need more work"};
      case Status::underway:
        return {"is happening now", "are happening now"};
      case Status::ongoing:
        return {"is something we keep doing", "are things we keep doing"};
      case Status::done:
        return {"is done", "are done"};
    }
  }
  std::string quoted = "\xE2\x80\x9C" + label + "\xE2\x80\x9D";
  return {"is marked " + quoted, "are marked " + quoted};
}

}  // namespace

std::string promises_summary(const Site& site, const std::vector<const Action*>& actions) {
  auto counts = count_statuses(actions);
  std::size_t n = actions.size();
  if (n == 0) return "0 promises.";
  if (n == 1)
    return "1 promise, which " + status_count_words(site, actions.front()->current_status).one +
           ".";
  std::vector<std::string> parts;
  for (const auto& s : site.statuses) {
    int count = counts[index_of(s.status)];
    if (count > 0) parts.push_back(count_phrase(count, status_count_words(site, s.status)));
  }
  std::string list;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i) list += i + 1 == parts.size() ? " and " : ", ";
    list += parts[i];
  }
  return std::to_string(n) + " promises: " + list + ".";
}

std::string late_summary(const std::vector<const Action*>& actions) {
  int late = 0;
  for (const Action* a : actions) late += a->taking_longer ? 1 : 0;
  if (late == 0) return {};
  const CountWords taking_longer{"is taking longer than planned", "are taking longer than planned"};
  int n = static_cast<int>(actions.size());
  if (n == 1) return "This promise " + taking_longer.one + ".";
  if (late == n)
    return (n == 2 ? std::string("Both") : "All " + std::to_string(n)) + " of these promises " +
           taking_longer.many + ".";
  std::string of_these = " of these " + std::to_string(n) + " promises ";
  return std::to_string(late) + of_these + (late == 1 ? taking_longer.one : taking_longer.many) +
         ".";
}

mstch::map progress_view(const ViewContext& ctx, const Plan& plan,
                         const std::vector<const Action*>& actions, const std::string& id) {
  auto counts = count_statuses(actions);
  std::vector<StatusCount> bars;
  mstch::array rows;
  for (const auto& s : ctx.site.statuses) {
    int n = counts[index_of(s.status)];
    bars.push_back({s.key(), s.label, n});
    mstch::map row = status_view(ctx, s.status);
    row["count"] = std::to_string(n);
    row["filter_url"] = ctx.urls.plan_filter(plan.id, "status", s.key());
    rows.push_back(row);
  }
  int late = 0;
  for (const Action* a : actions) late += a->taking_longer ? 1 : 0;
  std::string late_text = late_summary(actions);
  return mstch::map{{"chart", status_bar_svg(bars, "Chart of the promises by status", id)},
                    {"summary", promises_summary(ctx.site, actions)},
                    {"rows", rows},
                    {"total", std::to_string(actions.size())},
                    {"late", std::to_string(late)},
                    {"late_text", late_text},
                    {"has_late", late > 0}};
}

}  // namespace promisehub
