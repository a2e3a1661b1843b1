// What each page shows, as a typed key: a page is rendered again when one of the things it
// shows changed. Made here and nowhere else, for full and incremental renders alike.
#pragma once

#include <cstddef>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "model/site.h"

namespace promisehub {

// Updates shown on each page of the list at /updates/.
constexpr std::size_t kUpdatesPerListPage = 50;

// How many pages the list of `updates` updates has (at least one, which says there are none).
std::size_t updates_list_pages(std::size_t updates);
// The page of that list (from 1) showing the update at `index` of the site's updates (oldest
// first; the list is newest first).
std::size_t updates_list_page_of(std::size_t index, std::size_t updates);

struct PageDep {
  enum class Kind {
    site,          // the rest: glossary, help, search, pages, 404
    index,         // home and what to expect: every update and plan can show up there
    updates_page,  // one page of the list of updates
    update,        // an update's own page
    plan,          // a plan's lists, filters, indicators and feed
    plan_feed,     // a plan's feed alone (also made again with `plan`)
    action,        // one promise's page
    organisation,  // one organisation's page (spec §11): its plans and latest updates
    statuses,      // the organisations, areas and their filters: every promise's status
  };
  Kind kind = Kind::site;
  std::string plan, id;  // plan: the plan; action: plan and id; update: id is the slug
  std::size_t page = 0;  // updates_page: from 1

  static PageDep site_wide() { return {}; }
  static PageDep index() { return {Kind::index, {}, {}, 0}; }
  static PageDep updates_list(std::size_t n) { return {Kind::updates_page, {}, {}, n}; }
  static PageDep update_page(const std::string& slug) { return {Kind::update, {}, slug, 0}; }
  static PageDep plan_pages(const std::string& plan) { return {Kind::plan, plan, {}, 0}; }
  static PageDep plan_feed(const std::string& plan) { return {Kind::plan_feed, plan, {}, 0}; }
  static PageDep action_page(const std::string& plan, const std::string& id) {
    return {Kind::action, plan, id, 0};
  }
  static PageDep organisation_page(const std::string& id) {
    return {Kind::organisation, {}, id, 0};
  }
  static PageDep status_pages() { return {Kind::statuses, {}, {}, 0}; }

  bool operator<(const PageDep& o) const {
    return std::tie(kind, plan, id, page) < std::tie(o.kind, o.plan, o.id, o.page);
  }
  bool operator==(const PageDep& o) const {
    return std::tie(kind, plan, id, page) == std::tie(o.kind, o.plan, o.id, o.page);
  }
};

// Which pages to render again after a change; every other page is taken from the previous set.
// Feeds, the sitemap and robots.txt are always made again (a plan's feed only with its plan).
struct RenderScope {
  std::set<PageDep> deps;
  bool covers(const PageDep& dep) const { return deps.count(dep) > 0; }
};

// The pages `update` shows up on in `site`: its own page, its plan's pages, the promises it
// names, changes the status of or gives figures for; on a hub with organisations, its
// organisation's page, and when it changes a status, the pages of organisations and areas and
// the promises of other plans that a promise it changes contributes to. (Home and the lists are
// added apart: they depend on the order of every update.)
// With `statuses` false (the edit left its status changes, date and plan as they were), the pages
// that show only statuses are left out.
void add_update_pages(const Update& update, const Site& site, RenderScope& scope,
                      bool statuses = true);

// Whether `before` and `after` differ only in their text (the body): then only the update's own
// page and the feeds show the change, since every other page shows an update by its title, plain
// words, date, plan, promises, status changes, figures and author.
bool only_the_body_differs(const Update& before, const Update& after);
// Whether an edit from `before` to `after` leaves every promise's status as it was.
bool same_statuses(const Update& before, const Update& after);
// The pages an update whose body alone changed is on: its own page and its plan's feed.
void add_update_body_pages(const Update& update, RenderScope& scope);

// The pages of the list of updates to render again when the updates, oldest first, went from
// `before` to `after` (slugs) and those at `changed` (indexes into `after`) changed: every
// page when the order changed, else the pages showing a changed update.
void add_update_list_pages(const std::vector<std::string>& before,
                           const std::vector<std::string>& after,
                           const std::vector<std::size_t>& changed, RenderScope& scope);

}  // namespace promisehub
