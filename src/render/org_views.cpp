// Views of organisations and areas.
#include "render/org_views.h"

#include <algorithm>

#include "core/text.h"
#include "load/loaders.h"
#include "model/derive.h"
#include "render/area_map.h"
#include "render/page_views.h"

namespace promisehub {
namespace {

// The organisation's plans in the order readers meet them (plans_for_readers): the current ones
// first, then those that have ended.
std::vector<const Plan*> plans_of(const Site& site, const Organisation& org) {
  std::vector<const Plan*> out;
  for (const Plan* p : plans_for_readers(site))
    if (p->organisation == org.id) out.push_back(p);
  return out;
}

// Totals count what is promised now: the plans that have not ended.
std::vector<const Plan*> current_plans(const Site& site, const std::vector<const Plan*>& plans) {
  std::vector<const Plan*> out;
  for (const Plan* p : plans)
    if (!has_ended(*p, site.build_date)) out.push_back(p);
  return out;
}

std::vector<const Action*> actions_of(const std::vector<const Plan*>& plans) {
  std::vector<const Action*> out;
  for (const Plan* p : plans)
    for (const auto& a : p->actions) out.push_back(&a);
  return out;
}

std::string area_name(const std::string& id) {
  const Area* a = find_area(id);
  return a ? a->name : id;
}

std::string areas_text(const Organisation& org) {
  std::string out;
  for (std::size_t i = 0; i < org.areas.size(); ++i) {
    if (i) out += i + 1 == org.areas.size() ? " and " : ", ";
    out += org.areas[i] == "scotland" ? "all of Scotland" : area_name(org.areas[i]);
  }
  return out;
}

mstch::array area_links(const ViewContext& ctx, const Organisation& org) {
  mstch::array out;
  for (const auto& id : org.areas)
    out.push_back(mstch::map{{"name", area_name(id)}, {"url", ctx.urls.page("areas/" + id)}});
  return out;
}

// "2 plans with 26 promises: …" for the current plans together, then how many have ended.
std::string plans_sentence(const ViewContext& ctx, const std::vector<const Plan*>& plans) {
  if (plans.empty()) return ctx.words.text("organisations.no_plans");
  auto current = current_plans(ctx.site, plans);
  std::size_t ended = plans.size() - current.size();
  std::string ended_text = ctx.words.format("organisations.plans_ended", {{"count", ended}});
  if (current.empty()) return ended_text;
  return ctx.words.format(
             "organisations.plans_with",
             {{"plans", current.size()}, {"summary", promises_summary(ctx, actions_of(current))}}) +
         (ended ? " " + ended_text : std::string());
}

mstch::map org_card(const ViewContext& ctx, const Organisation& org) {
  auto plans = plans_of(ctx.site, org);
  return mstch::map{{"id", org.id},
                    {"name", org.name},
                    {"url", ctx.urls.page("organisations/" + org.id)},
                    {"kind_label", organisation_kind_label(ctx.words, org.kind)},
                    {"areas_text", areas_text(org)},
                    {"plain", org.plain.value},
                    {"plans_text", plans_sentence(ctx, plans)}};
}

mstch::map plan_summary(const ViewContext& ctx, const Plan& plan, const std::string& id_prefix) {
  return mstch::map{{"title", plan.title},
                    {"plain", plan.plain.value},
                    {"url", ctx.urls.plan(plan.id)},
                    {"progress", progress_view(ctx, plan, all_actions(plan), id_prefix + plan.id)},
                    {"time", plan_time_view(ctx, plan)}};
}

mstch::array filter_links(const ViewContext& ctx, const std::vector<std::string>& values,
                          const std::string& kind, const std::string& current_kind,
                          const std::string& current) {
  mstch::array out;
  for (const auto& v : values) {
    std::size_t n = 0;
    for (const auto& o : ctx.site.organisations) {
      bool match = kind == "kind" ? o.kind == v
                                  : std::find(o.areas.begin(), o.areas.end(), v) != o.areas.end();
      n += match ? 1 : 0;
    }
    out.push_back(
        mstch::map{{"label", kind == "kind" ? organisation_kind_label(ctx.words, v) : area_name(v)},
                   {"url", ctx.urls.page("organisations/" + kind + "/" + v)},
                   {"count", std::to_string(n)},
                   {"current", current_kind == kind && current == v}});
  }
  return out;
}

}  // namespace

std::string organisation_kind_label(const Catalog& words, const std::string& kind) {
  const std::string key = "organisation.kind." + kind;
  return words.text(words.has(key) ? key : "organisation.kind.other");
}

std::vector<const Organisation*> organisations_in(const Site& site, const std::string& area) {
  std::vector<const Organisation*> out;
  for (const auto& o : site.organisations)
    if (std::find(o.areas.begin(), o.areas.end(), area) != o.areas.end()) out.push_back(&o);
  std::sort(out.begin(), out.end(),
            [](const Organisation* a, const Organisation* b) { return a->name < b->name; });
  return out;
}

std::vector<std::string> kinds_in_use(const Site& site) {
  std::vector<std::string> out;
  for (const auto& k : organisation_kinds())
    for (const auto& o : site.organisations)
      if (o.kind == k) {
        out.push_back(k);
        break;
      }
  return out;
}

std::vector<std::string> areas_in_use(const Site& site) {
  std::vector<std::string> out;
  for (const auto& a : areas())
    if (!organisations_in(site, a.id).empty()) out.push_back(a.id);
  return out;
}

mstch::map organisations_view(const ViewContext& ctx, const std::string& filter,
                              const std::string& value) {
  mstch::array items;
  for (const auto& o : ctx.site.organisations) {
    if (filter == "kind" && o.kind != value) continue;
    if (filter == "area" && std::find(o.areas.begin(), o.areas.end(), value) == o.areas.end())
      continue;
    items.push_back(org_card(ctx, o));
  }
  std::string label = filter == "kind"   ? organisation_kind_label(ctx.words, value)
                      : filter == "area" ? ctx.words.format("organisations.working_in",
                                                            {{"area", area_name(value)}})
                                         : ctx.words.text("home.all_organisations");
  return mstch::map{
      {"filtered", !filter.empty()},
      {"list_title", label},
      {"shown", ctx.words.format("organisations.shown", {{"count", items.size()}})},
      {"all_url", ctx.urls.page("organisations")},
      {"areas_url", ctx.urls.page("areas")},
      {"kind_filters", filter_links(ctx, kinds_in_use(ctx.site), "kind", filter, value)},
      {"area_filters", filter_links(ctx, areas_in_use(ctx.site), "area", filter, value)},
      {"organisations", items}};
}

mstch::map organisation_view(const ViewContext& ctx, const Organisation& org) {
  mstch::array plans;
  for (const Plan* p : plans_of(ctx.site, org)) plans.push_back(plan_summary(ctx, *p, "progress-"));
  mstch::array latest;
  for (std::size_t i = ctx.site.updates.size(); i-- > 0 && latest.size() < 5;) {
    const Plan* p = ctx.site.find_plan(ctx.site.updates[i].plan.value);
    if (p && p->organisation == org.id) latest.push_back(update_card(ctx, i));
  }
  bool has_contact =
      !org.phone.empty() || !org.email.empty() || !org.contact_url.empty() || !org.website.empty();
  auto said = [&](const char* key) {
    return ctx.words.format(std::string("organisation.") + key, {{"name", org.label()}});
  };
  return mstch::map{{"name", org.name},
                    {"short", org.label()},
                    {"no_plans_text", said("no_plans")},
                    {"no_updates_text", said("no_updates")},
                    {"how_to_contact_text", said("how_to_contact")},
                    {"website_text", said("website_of")},
                    {"no_contact_text", said("no_contact")},
                    {"kind_label", organisation_kind_label(ctx.words, org.kind)},
                    {"plain", org.plain.value},
                    {"areas", area_links(ctx, org)},
                    {"plans", plans},
                    {"has_plans", !plans.empty()},
                    {"updates", latest},
                    {"has_updates", !latest.empty()},
                    {"has_contact", has_contact},
                    {"phone", org.phone},
                    {"tel", org.dial},
                    {"email", org.email},
                    {"contact_url", org.contact_url},
                    {"website", org.website},
                    {"all_url", ctx.urls.page("organisations")}};
}

mstch::map areas_view(const ViewContext& ctx) {
  std::vector<AreaTile> tiles;
  mstch::array list;
  for (const auto& a : areas()) {
    if (!a.council()) continue;
    std::vector<const Plan*> plans;
    for (const Organisation* o : organisations_in(ctx.site, a.id))
      for (const Plan* p : plans_of(ctx.site, *o)) plans.push_back(p);
    auto current = current_plans(ctx.site, plans);
    auto actions = actions_of(current);
    auto counts = count_statuses(actions);
    int done = counts[index_of(Status::done)];
    AreaTile t;
    t.id = a.id;
    t.name = a.name;
    t.code = a.code;
    t.url = ctx.urls.page("areas/" + a.id);
    t.column = a.column;
    t.row = a.row;
    t.has_plans = !actions.empty();
    // `progress` is beside the area in the list. The tile's name is its only name (no <title>
    // repeats it): the area, then the tile's own words (WCAG 2.5.3, label in name), each fact once.
    std::string progress, spoken;
    if (!actions.empty()) {
      t.progress = std::to_string(done) + "/" + std::to_string(actions.size());
      progress = ctx.words.format("areas.progress", {{"count", actions.size()}, {"done", done}});
      spoken = t.progress + " " + ctx.words.format("areas.tile_done", {{"count", actions.size()}});
    } else if (!plans.empty()) {
      t.progress = ctx.words.text("areas.tile_over");
      progress = ctx.words.format("areas.ended", {{"plans", plans.size()}});
      spoken = ctx.words.format("areas.tile_ended", {{"plans", plans.size()}});
    } else {
      t.progress = ctx.words.text("areas.tile_none");
      progress = ctx.words.text("areas.no_plans");
      spoken = ctx.words.text("areas.tile_no_plan");
    }
    t.label = a.name + ", " + a.code + " " + spoken + ".";
    tiles.push_back(t);
    list.push_back(mstch::map{{"name", a.name},
                              {"gaelic", a.gaelic == a.name ? std::string() : a.gaelic},
                              {"url", t.url},
                              {"progress", progress}});
  }
  return mstch::map{{"map", area_map_svg(tiles, ctx.words.text("areas.map_label"), "area-map")},
                    {"areas", list},
                    {"national_url", ctx.urls.page("areas/scotland")},
                    {"organisations_url", ctx.urls.page("organisations")}};
}

mstch::map area_view(const ViewContext& ctx, const Area& area) {
  mstch::array orgs;
  for (const Organisation* o : organisations_in(ctx.site, area.id)) {
    mstch::array plans;
    for (const Plan* p : plans_of(ctx.site, *o)) {
      mstch::array groups;
      auto add_group = [&](const std::string& id, const std::string& title) {
        mstch::array actions;
        for (const auto& a : p->actions)
          if (a.group == id)
            actions.push_back(mstch::map{{"plain", a.plain.value},
                                         {"url", ctx.urls.action(p->id, a.id)},
                                         {"status", status_view(ctx, a.current_status)}});
        if (!actions.empty()) groups.push_back(mstch::map{{"title", title}, {"actions", actions}});
      };
      for (const auto& g : p->groups) add_group(g.id, g.title);
      add_group("", ctx.words.text("plan.other_promises"));
      plans.push_back(mstch::map{{"title", p->title},
                                 {"url", ctx.urls.plan(p->id)},
                                 {"time", plan_time_view(ctx, *p)},
                                 {"summary", promises_summary(ctx, all_actions(*p))},
                                 {"groups", groups}});
    }
    mstch::map card = org_card(ctx, *o);
    card["plans"] = plans;
    card["has_plans"] = !plans.empty();
    card["expect_from"] = ctx.words.format("area.expect_from", {{"organisation", o->name}});
    orgs.push_back(card);
  }
  mstch::array national;
  if (area.id != "scotland")
    for (const Organisation* o : organisations_in(ctx.site, "scotland"))
      national.push_back(org_card(ctx, *o));
  return mstch::map{
      {"name", area.name},
      {"lead", area.id == "scotland" ? ctx.words.text("area.lead_scotland")
                                     : ctx.words.format("area.lead", {{"area", area.name}})},
      {"none_yet", ctx.words.format("area.none_yet", {{"area", area.name}})},
      {"gaelic", area.gaelic == area.name ? std::string() : area.gaelic},
      {"is_scotland", area.id == "scotland"},
      {"organisations", orgs},
      {"has_organisations", !orgs.empty()},
      {"national", national},
      {"has_national", !national.empty()},
      {"national_url", ctx.urls.page("areas/scotland")},
      {"areas_url", ctx.urls.page("areas")}};
}

mstch::node find_area_view(const ViewContext& ctx) {
  if (!ctx.site.has_organisations) return false;
  mstch::array links;
  for (const auto& id : areas_in_use(ctx.site))
    links.push_back(mstch::map{
        {"name", id == "scotland" ? ctx.words.text("areas.all_of_scotland") : area_name(id)},
        {"url", ctx.urls.page("areas/" + id)}});
  return mstch::map{{"areas_url", ctx.urls.page("areas")},
                    {"organisations_url", ctx.urls.page("organisations")},
                    {"links", links},
                    {"has_links", !links.empty()}};
}

mstch::node contributions_view(const ViewContext& ctx, const Action& action) {
  if (action.contributors.empty()) return false;
  struct Item {
    std::string sort_key;
    mstch::map view;
  };
  std::vector<Item> items;
  std::vector<const Action*> actions;
  for (const auto& [plan_id, action_id] : action.contributors) {
    const Plan* p = ctx.site.find_plan(plan_id);
    const Action* a = p ? p->find_action(action_id) : nullptr;
    if (!a) continue;
    actions.push_back(a);
    const Organisation* o = ctx.site.find_organisation(p->organisation);
    std::string who = o ? o->name : (p->organisation.empty() ? p->title : p->organisation);
    items.push_back({who + '\n' + plan_id + '\n' + action_id,
                     mstch::map{{"organisation", who},
                                {"organisation_url", o ? ctx.urls.page("organisations/" + o->id)
                                                       : ctx.urls.plan(p->id)},
                                {"areas", o ? areas_text(*o) : std::string()},
                                {"plain", a->plain.value},
                                {"url", ctx.urls.action(p->id, a->id)},
                                {"status", status_view(ctx, a->current_status)}}});
  }
  if (items.empty()) return false;
  std::stable_sort(items.begin(), items.end(),
                   [](const Item& a, const Item& b) { return a.sort_key < b.sort_key; });
  mstch::array list;
  for (auto& i : items) list.push_back(std::move(i.view));
  auto counts = count_statuses(actions);
  mstch::array by_status;
  for (const auto& st : ctx.statuses) {
    int n = counts[index_of(st.status)];
    if (n == 0) continue;
    mstch::map row = status_view(ctx, st.status);
    row["count"] = std::to_string(n);
    by_status.push_back(row);
  }
  std::size_t n = actions.size();
  return mstch::map{{"lead", ctx.words.format("promise.local_work_lead", {{"count", n}})},
                    {"by_status", by_status},
                    {"items", list}};
}

mstch::node serves_view(const ViewContext& ctx, const Action& action) {
  mstch::array items;
  for (const auto& [plan_id, action_id] : action.serves) {
    const Plan* p = ctx.site.find_plan(plan_id);
    const Action* a = p ? p->find_action(action_id) : nullptr;
    if (!a) continue;
    const Organisation* o = ctx.site.find_organisation(p->organisation);
    items.push_back(mstch::map{
        {"plain", a->plain.value},
        {"url", ctx.urls.action(p->id, a->id)},
        {"organisation", o ? o->name : std::string()},
        {"organisation_url", o ? ctx.urls.page("organisations/" + o->id) : std::string()},
        {"plan_title", p->title},
        {"plan_url", ctx.urls.plan(p->id)}});
  }
  if (items.empty()) return false;
  return mstch::map{{"title", ctx.words.format("promise.serves_title", {{"count", items.size()}})},
                    {"items", items}};
}

}  // namespace promisehub
