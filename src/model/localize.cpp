// Putting a language's translations into a copy of the site.
#include "model/localize.h"

#include <map>

#include "core/lang_marks.h"

namespace promisehub {
namespace {

// The translated texts of one original, and of its items by (kind, id).
struct Texts {
  const std::map<std::string, LocatedText>* top = nullptr;
  std::map<std::pair<std::string, std::string>, const TranslatedItem*> items;

  const TranslatedItem* item(const std::string& kind, const std::string& id) const {
    auto it = items.find({kind, id});
    return it == items.end() ? nullptr : it->second;
  }
};

Texts texts_of(const Translation* t) {
  Texts out;
  if (!t) return out;
  out.top = &t->texts;
  for (const auto& item : t->items) out.items[{item.kind, item.id.value}] = &item;
  return out;
}

const LocatedText* find_text(const std::map<std::string, LocatedText>* texts,
                             const std::string& key) {
  if (!texts) return nullptr;
  auto it = texts->find(key);
  return it == texts->end() || it->second.value.empty() ? nullptr : &it->second;
}

// `text` becomes its translation, or is marked as being in the main language.
void put(std::string& text, const std::map<std::string, LocatedText>* texts,
         const std::string& key) {
  if (const LocatedText* t = find_text(texts, key))
    text = t->value;
  else
    text = mark_other_lang(text);
}
void put(LocatedText& text, const std::map<std::string, LocatedText>* texts,
         const std::string& key) {
  put(text.value, texts, key);
}
void mark(std::string& text) {
  text = mark_other_lang(text);
}

const std::vector<LocatedText>* find_list(const TranslatedItem* item, const std::string& key,
                                          std::size_t size) {
  if (!item) return nullptr;
  auto it = item->lists.find(key);
  return it == item->lists.end() || it->second.size() != size ? nullptr : &it->second;
}

void localize_plan(Plan& plan, const Translation* t) {
  Texts tr = texts_of(t);
  put(plan.title, tr.top, "title");
  put(plan.plain, tr.top, "plain");
  put(plan.summary, tr.top, "summary");
  for (auto& g : plan.groups) {
    const TranslatedItem* item = tr.item("group", g.id);
    const auto* texts = item ? &item->texts : nullptr;
    put(g.title, texts, "title");
    put(g.plain, texts, "plain");
    put(g.summary, texts, "summary");
  }
  for (auto& a : plan.actions) {
    const TranslatedItem* item = tr.item("action", a.id);
    const auto* texts = item ? &item->texts : nullptr;
    put(a.title, texts, "title");
    put(a.plain, texts, "plain");
    const auto* measures = find_list(item, "measures", a.measures.size());
    for (std::size_t i = 0; i < a.measures.size(); ++i) {
      if (measures && !(*measures)[i].value.empty())
        a.measures[i].value = (*measures)[i].value;
      else
        mark(a.measures[i].value);
    }
    const auto* leads = find_list(item, "leads", a.leads.size());
    for (std::size_t i = 0; i < a.leads.size(); ++i) {
      if (leads && !(*leads)[i].value.empty())
        a.leads[i].name = (*leads)[i].value;
      else
        mark(a.leads[i].name);
      mark(a.leads[i].role);
    }
    for (auto& link : a.links) mark(link);
  }
  for (auto& ind : plan.indicators) {
    const TranslatedItem* item = tr.item("indicator", ind.id);
    const auto* texts = item ? &item->texts : nullptr;
    put(ind.title, texts, "title");
    put(ind.plain, texts, "plain");
    put(ind.unit, texts, "unit");
    for (auto& v : ind.values) mark(v.note);
    if (ind.target) mark(ind.target->note);
  }
}

void localize_config(SiteConfig& config, const Translation* t) {
  Texts tr = texts_of(t);
  put(config.title, tr.top, "title");
  put(config.tagline, tr.top, "tagline");
  mark(config.description.value);
  mark(config.intro.value);
  mark(config.organisation);
  for (auto& h : config.help) {
    const TranslatedItem* item = tr.item("help line", h.name);
    put(h.text, item ? &item->texts : nullptr, "text");
  }
  if (config.complaints) mark(config.complaints->text);
}

}  // namespace

Site localize_site(const Site& site, const std::string& lang) {
  Site out = site;
  std::map<std::string, const Translation*> by_original;  // original's path → translation
  const Translation* site_t = nullptr;
  const Translation* glossary_t = nullptr;
  for (const auto& t : site.translations) {
    if (t.lang != lang) continue;
    if (t.of == TranslationOf::site) site_t = &t;
    if (t.of == TranslationOf::glossary) glossary_t = &t;
    by_original[t.original_path] = &t;
  }
  auto of = [&](const std::string& path) -> const Translation* {
    auto it = by_original.find(path);
    return it == by_original.end() ? nullptr : it->second;
  };
  localize_config(out.config, site_t);
  for (auto& plan : out.plans) localize_plan(plan, of(plan.path));
  for (auto& u : out.updates) {
    const Translation* t = of(u.path);
    const auto* texts = t ? &t->texts : nullptr;
    put(u.title, texts, "title");
    put(u.plain, texts, "plain");
    put(u.body, texts, "body");
  }
  for (auto& p : out.pages) {
    const Translation* t = of(p.path);
    const auto* texts = t ? &t->texts : nullptr;
    put(p.title, texts, "title");
    put(p.body, texts, "body");
    mark(p.plain.value);
    mark(p.description.value);
  }
  for (auto& org : out.organisations) {
    const Translation* t = of(org.path);
    const auto* texts = t ? &t->texts : nullptr;
    put(org.name, texts, "name");
    if (!org.short_name.empty()) put(org.short_name, texts, "short_name");
    put(org.plain, texts, "plain");
  }
  if (glossary_t && !glossary_t->glossary.empty()) {
    out.glossary = glossary_t->glossary;
  } else {
    for (auto& g : out.glossary) {
      mark(g.means);
      mark(g.plain.value);
    }
  }
  return out;
}

}  // namespace promisehub
