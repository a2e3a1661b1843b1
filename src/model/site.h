// The content model: plain structs for a site, its plans, actions, updates and pages.
// It knows nothing of HTML; render/ builds view models from it.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/dates.h"
#include "core/source_location.h"
#include "model/status_key.h"

namespace promisehub {

// A value read from content together with where it was written, so checks can point at it.
template <typename T>
struct Located {
  T value{};
  SourceLocation where;
};
using LocatedText = Located<std::string>;

struct HelpLine {
  std::string name, phone, url, text;
  std::string dial;           // what the Call link dials: `dial:`, or the first number in `phone`
  std::string email;          // `complaints:` only: where to write
  std::string sms, sms_dial;  // `complaints:` only: a number to send a text message to
};

// Who is responsible for a promise: a name, and optionally their role and a way to reach them.
struct Lead {
  std::string name, role;
  std::string contact;       // an email address, a phone number or a web address, as written
  std::string contact_href;  // mailto:, tel: or the web address itself
};

struct StatusWords {
  Status status = Status::not_started;
  std::string label, sentence;
  const std::string& key() const { return status_key(status); }
};

struct ThemeTag {
  std::string id, title;
};

struct SiteConfig {
  std::string path;  // "content/site.yaml"
  std::string title, tagline, base_url, language, organisation, theme = "promise";
  SourceLocation base_url_where;            // where site.yaml gives base_url
  std::string time_zone = "Europe/London";  // decides which day "today" is
  LocatedText description;  // optional, a plain sentence for search engines and sharing
  LocatedText intro;        // optional Markdown: what The Promise is, for the home page
  int reading_age = 9;
  std::string quick_exit = "https://www.bbc.co.uk/weather";
  std::vector<HelpLine> help;
  std::vector<LocatedText> languages;  // `languages`: the others the site is published in
  // `complaints:` who a reader tells when a promise is not kept ("If a promise is not kept").
  std::optional<HelpLine> complaints;
  std::vector<StatusWords> status_overrides;
  std::vector<ThemeTag> extra_themes;  // themes the site declares beyond The Promise's own
  bool allow_html = false;             // raw HTML in Markdown passes through only when true
  // Web pages, scripts and SVG pictures with scripts in content/static/ are refused unless true.
  bool allow_active_static = false;
  // `allow_external_images`: pictures from other sites are left out of pages and feeds unless
  // from one of these hosts (or any, with `true`).
  bool any_external_image = false;
  std::vector<std::string> external_image_hosts;
};

struct Group {
  std::string id, title;
  LocatedText plain;
  std::string summary;  // Markdown
  SourceLocation where;
};

struct StatusChange {
  std::size_t update_index = 0;  // into Site::updates
  Status from = Status::not_started, to = Status::not_started;
  Date date;
};

struct Action {
  std::string id, group, title;
  LocatedText plain;
  std::vector<Lead> leads;
  std::vector<std::string> links;
  std::vector<LocatedText> measures;  // shown on the promise's page: checked as plain texts
  std::optional<Date> due;            // a real date, when `due` was one
  std::string due_text;               // what was written, e.g. "Every 3 months" or "2024-12"
  Located<Status> status;             // status when the plan was published
  std::vector<std::string> audiences, themes;
  // `contributes_to`: the actions of other plans this one helps to deliver, as "<plan>/<action>".
  std::vector<LocatedText> contributes_to;
  SourceLocation where;

  // Derived from updates (model/derive).
  Status current_status = Status::not_started;
  std::vector<StatusChange> history;        // oldest first
  std::vector<std::size_t> update_indexes;  // every update that reports on it, oldest first
  bool taking_longer = false;               // due has passed and not done/ongoing
  // The actions of other plans that say they contribute to this one: (plan id, action id), in
  // the order of the plans and their actions (model/derive).
  std::vector<std::pair<std::string, std::string>> contributors;
  // The actions `contributes_to` names that exist: (plan id, action id), in its order.
  std::vector<std::pair<std::string, std::string>> serves;
};

struct IndicatorValue {
  Date date;
  double value = 0;
  std::string note;
  std::string update_slug;  // set when the value came from an update
  SourceLocation where;
};

struct Indicator {
  std::string id;
  LocatedText title;  // shown as a heading: checked for words to avoid and short forms
  LocatedText plain;
  std::string unit, better = "higher";  // "lower" or "higher"
  std::vector<Located<std::string>> actions;
  std::vector<IndicatorValue> values;  // merged and sorted by date (model/derive)
  std::optional<IndicatorValue> target;
  std::optional<Date> next_update;
  bool headline = false;
  SourceLocation where;
};

struct Plan {
  std::string id, path, title;
  LocatedText plain;
  std::string organisation;
  SourceLocation organisation_where;  // where `organisation:` is written (line 0: it is not)
  std::optional<Date> period_from, period_to, published;
  std::optional<Date> next_update;  // when the next progress update is due
  std::string source;
  LocatedText summary;  // Markdown
  std::vector<Group> groups;
  std::vector<Action> actions;
  std::vector<Indicator> indicators;

  const Action* find_action(const std::string& id) const;
  Action* find_action(const std::string& id);
  const Group* find_group(const std::string& id) const;
  const Indicator* find_indicator(const std::string& id) const;

  // Sorts the actions' ids once, so find_action is a binary search (a hub's updates look up
  // their actions tens of thousands of times). Call again after changing `actions`.
  void index_actions();
  std::vector<std::pair<std::string, std::size_t>> action_index;  // (id, position), by id
};

// What one update says about one indicator: a new figure, when the next one is due, or both.
struct IndicatorUpdate {
  Located<std::string> indicator;
  IndicatorValue value;  // only when has_value; `where` is the entry's place either way
  bool has_value = true;
  std::optional<Located<Date>> next_update;
};

struct Update {
  std::string path, slug;  // slug: file name without .md (the date stays in it: unique)
  LocatedText title, plain;
  Date date;
  Located<std::string> plan;
  std::vector<Located<std::string>> actions;
  std::vector<std::pair<Located<std::string>, Located<Status>>> status_changes;  // action, to
  std::vector<IndicatorUpdate> indicator_values;
  std::string author;
  bool draft = false;
  LocatedText body;  // Markdown; where.line is the body's first line in the file

  // Readers see an update from its date on, unless it is a draft.
  bool published_by(const Date& build_date) const { return !draft && !(build_date < date); }
};

struct Page {
  std::string path, slug;
  LocatedText title, plain, description;
  LocatedText body;
  bool draft = false;  // kept off the site unless the build asks for drafts
  // `menu:` where a link to the page goes on every page: "navigation" (the menu at the top),
  // "footer", or "" (only where other pages link to it).
  std::string menu;
};

struct GlossaryEntry {
  LocatedText term;
  std::string means;
  LocatedText plain;
  std::string slug;  // anchor on the glossary page
};

struct LanguageRule {
  std::vector<std::string> avoid;
  std::string say, why;
  std::vector<std::string> allow;  // phrases where the word is intended, e.g. a law's name
  SourceLocation where;
};

struct StaticFile {
  std::string source;  // absolute path on disk
  std::string target;  // path under the output folder, e.g. "static/plans/x.pdf"
  // What in it would run in a reader's browser ("a <script> element"), when anything would,
  // and where (line 0: the kind of file).
  std::string active;
  SourceLocation active_at;
};

// A translation of one content file (spec §12): a file beside its original with the language
// before the extension (`plans/x.gd.yaml`). Text only, found by id; ids, statuses, dates and
// numbers always come from the original.
enum class TranslationOf { plan, update, page, site, glossary, language, organisation };

struct TranslatedItem {
  std::string kind;  // "group", "action", "indicator" (a plan's), or "help line" (the site's)
  LocatedText id;    // a help line is found by its `name`
  std::map<std::string, LocatedText> texts;               // title, plain, summary, unit, text
  std::map<std::string, std::vector<LocatedText>> lists;  // measures, leads
  SourceLocation where;
};

struct Translation {
  std::string path;  // "content/plans/x.gd.yaml"
  std::string lang;  // "gd"
  TranslationOf of = TranslationOf::plan;
  std::string original;       // the plan id, update or page file name; empty for the site's files
  std::string original_path;  // "content/plans/x.yaml"
  std::map<std::string, LocatedText> texts;  // title, plain, summary, tagline; body
  std::vector<TranslatedItem> items;
  std::vector<GlossaryEntry> glossary;  // glossary.<lang>.yaml: that language's own list
  std::vector<LanguageRule> language;   // language.<lang>.yaml: that language's own list
};

// content/organisations/<id>.yaml (spec §11): one council, health board, partnership, charity or
// national body whose plans the hub carries.
struct Organisation {
  std::string id, path;  // id: the file name without .yaml
  std::string name, short_name, kind;
  LocatedText plain;
  std::string website, phone, email, contact_url;
  std::string dial;                // what the Call link dials: the first number in `phone`
  std::vector<std::string> areas;  // area ids (model/areas.h), checked when loaded
  SourceLocation where;
  const std::string& label() const { return short_name.empty() ? name : short_name; }
};

struct Site {
  std::string dir;  // the folder that holds content/ and themes/
  SiteConfig config;
  std::vector<Plan> plans;      // sorted by id
  std::vector<Update> updates;  // oldest first (date, then file name); drafts/future removed
  std::vector<Page> pages;      // sorted by slug
  std::vector<GlossaryEntry> glossary;
  std::vector<LanguageRule> language;
  std::vector<StaticFile> static_files;
  std::vector<Translation> translations;  // sorted by path
  // Sorted by id. `has_organisations`: content/organisations/ exists, so plans name one of them
  // and the site has the pages of spec §11.
  std::vector<Organisation> organisations;
  bool has_organisations = false;
  Date build_date;                // the day the site is built for, in its time zone
  std::string build_date_source;  // "--now", "SOURCE_DATE_EPOCH" or "the clock"
  bool include_drafts = false;

  const Plan* find_plan(const std::string& id) const;
  Plan* find_plan(const std::string& id);
  const Organisation* find_organisation(const std::string& id) const;
  const StatusWords& status(Status s) const { return statuses.at(index_of(s)); }
  std::vector<StatusWords> statuses;  // the six, in display order (index_of), with site overrides
};

}  // namespace promisehub
