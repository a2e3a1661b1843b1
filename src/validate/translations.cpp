// Translations against their originals.
#include "validate/translations.h"

#include <algorithm>

#include "core/text.h"

namespace promisehub {
namespace {

// The texts an original has, by field, and the lists with their lengths; for one item or file.
struct Original {
  std::string what;                                        // "action 1.2", "content/plans/x.yaml"
  std::vector<std::string> texts;                          // fields with a text in the original
  std::vector<std::pair<std::string, std::size_t>> lists;  // measures: 2
};

void add_text(Original& o, const std::string& field, const std::string& value) {
  if (!trim(value).empty()) o.texts.push_back(field);
}

void check_texts(const std::map<std::string, LocatedText>& texts, const Original& original,
                 const std::string& original_path, Diagnostics& diags) {
  for (const auto& [field, text] : texts) {
    if (std::find(original.texts.begin(), original.texts.end(), field) != original.texts.end())
      continue;
    diags.error(text.where,
                original.what + " has no `" + field + "` in " + original_path +
                    ", so there is nothing to translate",
                "remove it here, or add it to the original first: a translation holds only the "
                "texts the original has",
                "nothing-to-translate");
  }
}

void check_lists(const TranslatedItem& item, const Original& original,
                 const std::string& original_path, Diagnostics& diags) {
  for (const auto& list : item.lists) {
    const std::string& field = list.first;
    const std::vector<LocatedText>& values = list.second;
    auto it = std::find_if(original.lists.begin(), original.lists.end(),
                           [&](const auto& l) { return l.first == field; });
    std::size_t want = it == original.lists.end() ? 0 : it->second;
    SourceLocation where = values.empty() ? item.where : values.front().where;
    if (want == 0) {
      diags.error(where,
                  original.what + " has no `" + field + "` in " + original_path +
                      ", so there is nothing to translate",
                  "remove it here, or add it to the original first", "nothing-to-translate");
    } else if (values.size() != want) {
      diags.error(where,
                  "`" + field + "` of " + original.what + " has " + std::to_string(want) +
                      " in the original and " + std::to_string(values.size()) + " here",
                  "translate each one, in the original's order", "translation-mismatch");
    }
  }
}

Original plan_item(const Plan& plan, const std::string& kind, const std::string& id, bool& found) {
  Original o{kind + " " + id, {}, {}};
  found = true;
  if (kind == "group") {
    if (const Group* g = plan.find_group(id)) {
      add_text(o, "title", g->title);
      add_text(o, "plain", g->plain.value);
      add_text(o, "summary", g->summary);
      return o;
    }
  } else if (kind == "action") {
    if (const Action* a = plan.find_action(id)) {
      add_text(o, "title", a->title);
      add_text(o, "plain", a->plain.value);
      o.lists = {{"measures", a->measures.size()}, {"leads", a->leads.size()}};
      return o;
    }
  } else if (const Indicator* i = plan.find_indicator(id)) {
    add_text(o, "title", i->title.value);
    add_text(o, "plain", i->plain.value);
    add_text(o, "unit", i->unit);
    return o;
  }
  found = false;
  return o;
}

std::vector<std::string> plan_ids(const Plan& plan, const std::string& kind) {
  std::vector<std::string> ids;
  if (kind == "group")
    for (const auto& g : plan.groups) ids.push_back(g.id);
  if (kind == "action")
    for (const auto& a : plan.actions) ids.push_back(a.id);
  if (kind == "indicator")
    for (const auto& i : plan.indicators) ids.push_back(i.id);
  return ids;
}

void check_plan(const Translation& t, const Plan& plan, Diagnostics& diags) {
  Original top{"plan " + plan.id, {"title"}, {}};
  add_text(top, "plain", plan.plain.value);
  add_text(top, "summary", plan.summary.value);
  check_texts(t.texts, top, t.original_path, diags);
  for (const auto& item : t.items) {
    bool found = false;
    Original o = plan_item(plan, item.kind, item.id.value, found);
    if (!found) {
      std::string hint = "a translation finds each " + item.kind + " by the id the plan gives it";
      if (auto guess = closest_match(item.id.value, plan_ids(plan, item.kind)))
        hint = "did you mean `" + *guess + "`? " + hint;
      diags.error(item.id.where,
                  "plan " + plan.id + " has no " + item.kind + " `" + item.id.value + "`", hint,
                  "unknown-id");
      continue;
    }
    check_texts(item.texts, o, t.original_path, diags);
    check_lists(item, o, t.original_path, diags);
  }
}

void check_site(const Translation& t, const SiteConfig& config, Diagnostics& diags) {
  Original top{"the site", {"title"}, {}};
  add_text(top, "tagline", config.tagline);
  check_texts(t.texts, top, t.original_path, diags);
  std::vector<std::string> names;
  for (const auto& h : config.help) names.push_back(h.name);
  for (const auto& item : t.items) {
    auto it = std::find(names.begin(), names.end(), item.id.value);
    if (it == names.end()) {
      std::string hint = "a translation finds each help line by its `name` in content/site.yaml";
      if (auto guess = closest_match(item.id.value, names))
        hint = "did you mean `" + *guess + "`? " + hint;
      diags.error(item.id.where, "content/site.yaml has no help line named `" + item.id.value + "`",
                  hint, "unknown-id");
      continue;
    }
    Original o{"help line " + item.id.value, {}, {}};
    add_text(o, "text", config.help[static_cast<std::size_t>(it - names.begin())].text);
    check_texts(item.texts, o, t.original_path, diags);
  }
}

bool listed(const SiteConfig& config, const std::string& lang) {
  return std::any_of(config.languages.begin(), config.languages.end(), [&](const LocatedText& l) {
    return to_lower_ascii(l.value) == to_lower_ascii(lang);
  });
}

void missing_original(const Translation& t, const std::vector<std::string>& known,
                      Diagnostics& diags) {
  std::string hint =
      "a translation sits beside its original, with the language before the "
      "extension: content/plans/x." +
      t.lang + ".yaml beside content/plans/x.yaml";
  if (auto guess = closest_match(t.original, known))
    hint = "did you mean " + *guess + "." + t.lang + "? " + hint;
  diags.error({t.path, 1, 1}, "there is no " + t.original_path + " for this translation", hint,
              "no-original");
}

}  // namespace

void validate_translations(const Site& site, Diagnostics& diags) {
  // Each other language's pages live under /<code>/: a page of that name would be hidden by them.
  for (const Page& page : site.pages)
    if (listed(site.config, page.slug))
      diags.error({page.path, 1, 1},
                  "this page's address, /" + page.slug + "/, is where the site's pages in `" +
                      page.slug + "` go (`languages` in content/site.yaml)",
                  "rename the file, for example to " + page.slug +
                      "-page.md, so that both can be "
                      "found",
                  "page-is-a-language");
  for (const Translation& t : site.translations) {
    if (!listed(site.config, t.lang)) {
      diags.error({t.path, 1, 1},
                  "this file is named as a translation into `" + t.lang +
                      "`, but content/site.yaml does not list `" + t.lang + "` in `languages`",
                  "add it (`languages: [" + t.lang +
                      "]`) to publish the site in that language too, or rename the file if it "
                      "is not a translation",
                  "unknown-language");
    }
    switch (t.of) {
      case TranslationOf::plan: {
        const Plan* plan = site.find_plan(t.original);
        if (plan) {
          check_plan(t, *plan, diags);
        } else {
          std::vector<std::string> ids;
          for (const auto& p : site.plans) ids.push_back(p.id);
          missing_original(t, ids, diags);
        }
        break;
      }
      case TranslationOf::update:
      case TranslationOf::page: {
        bool update = t.of == TranslationOf::update;
        Original o{update ? "the update" : "the page", {"title"}, {}};
        bool found = false;
        std::vector<std::string> names;
        auto look = [&](const std::string& path, const std::string& name, const LocatedText& plain,
                        const LocatedText& body) {
          names.push_back(name);
          if (path != t.original_path) return;
          found = true;
          add_text(o, "plain", plain.value);
          add_text(o, "body", body.value);
        };
        if (update)
          for (const auto& u : site.updates) look(u.path, u.slug, u.plain, u.body);
        else
          for (const auto& p : site.pages) look(p.path, p.slug, LocatedText{}, p.body);
        if (!found) {
          missing_original(t, names, diags);
        } else {
          check_texts(t.texts, o, t.original_path, diags);
        }
        break;
      }
      case TranslationOf::organisation: {
        const Organisation* org = site.find_organisation(t.original);
        if (!org) {
          std::vector<std::string> ids;
          for (const auto& o : site.organisations) ids.push_back(o.id);
          missing_original(t, ids, diags);
          break;
        }
        Original o{"organisation " + org->id, {"name"}, {}};
        add_text(o, "short_name", org->short_name);
        add_text(o, "plain", org->plain.value);
        check_texts(t.texts, o, t.original_path, diags);
        break;
      }
      case TranslationOf::site:
        check_site(t, site.config, diags);
        break;
      case TranslationOf::glossary:
      case TranslationOf::language:
        break;  // that language's own lists, not translations of the English ones
    }
  }
}

}  // namespace promisehub
