// Translations in the web editor (spec §12). Decap's own i18n cannot be used: with
// `structure: multiple_files` it names the main language's file `x.en.md` too
// (decap-cms-core src/lib/i18n.ts, getFilePath), and every other structure moves or merges files,
// while the original keeps its name here. So each language gets files collections instead: one
// entry per original, at exactly the translation's name beside it, holding only the texts a
// translation may hold, with the original's words as each field's hint.
#include <set>

#include "core/text.h"
#include "render/editor_collections.h"

namespace promisehub {
namespace {

struct LanguageName {
  const char* tag;
  const char* english;
  const char* own;  // the language's name for itself
};

// The languages Scottish councils most often publish in. Another tag is shown as it is.
const LanguageName kLanguages[] = {
    {"gd", "Gaelic", "Gàidhlig"},      {"sco", "Scots", "Scots"},
    {"ar", "Arabic", "العربية"},       {"pl", "Polish", "Polski"},
    {"uk", "Ukrainian", "Українська"}, {"ur", "Urdu", "اردو"},
    {"pa", "Punjabi", "ਪੰਜਾਬੀ"},        {"zh", "Chinese", "中文"},
    {"ro", "Romanian", "Română"},      {"fa", "Persian (Farsi)", "فارسی"},
    {"ku", "Kurdish", "Kurdî"},        {"so", "Somali", "Soomaali"},
    {"ti", "Tigrinya", "ትግርኛ"},        {"bn", "Bengali", "বাংলা"},
    {"cy", "Welsh", "Cymraeg"},        {"ga", "Irish", "Gaeilge"},
    {"fr", "French", "Français"},      {"es", "Spanish", "Español"},
    {"pt", "Portuguese", "Português"}, {"lt", "Lithuanian", "Lietuvių"},
    {"bg", "Bulgarian", "Български"},  {"ru", "Russian", "Русский"},
};

// A body's hint stops after this many bytes: the editor loads every hint of the site at once.
constexpr std::size_t kLongestHint = 2000;

std::string english_words(const std::string& text) {
  std::string t = trim(text);
  if (t.size() > kLongestHint) {
    std::size_t cut = t.rfind(' ', kLongestHint);
    if (cut == std::string::npos || cut == 0) cut = kLongestHint;
    while (cut > 0 && (static_cast<unsigned char>(t[cut]) & 0xC0) == 0x80) --cut;  // whole letters
    t = trim(t.substr(0, cut)) + " … (the rest is in the English file)";
  }
  return "In English: " + (t.empty() ? std::string("(nothing)") : t);
}

YAML::Node text_field(const std::string& label, const std::string& name, const std::string& widget,
                      const std::string& original) {
  YAML::Node f(YAML::NodeType::Map);
  f["label"] = label;
  f["name"] = name;
  f["widget"] = widget;
  f["required"] = false;  // an empty box shows the original's words on the site
  f["hint"] = english_words(original);
  return f;
}

// "content/updates/x.md" → "content/updates/x.gd.md"
std::string translation_path(const std::string& original, const std::string& lang) {
  std::size_t dot = original.rfind('.');
  return original.substr(0, dot) + "." + lang + original.substr(dot);
}

// An entry of a files collection: the translation's file, labelled with the original's title and
// whether a translation exists yet.
YAML::Node file_entry(const std::string& name, const std::string& title, const std::string& path,
                      const std::set<std::string>& translated, YAML::Node fields) {
  YAML::Node e(YAML::NodeType::Map);
  e["name"] = name;
  e["label"] = translated.count(path) ? title : title + " (not translated yet)";
  e["file"] = path;
  e["fields"] = fields;
  return e;
}

YAML::Node collection(const std::string& name, const std::string& label,
                      const std::string& description, const std::string& format, YAML::Node files) {
  YAML::Node c(YAML::NodeType::Map);
  c["name"] = name;
  c["label"] = label;
  c["description"] = description;
  c["format"] = format;
  c["editor"]["preview"] = false;
  c["files"] = files;
  return c;
}

// A list of a plan's groups, promises or indicators (or the site's help lines) in a translation:
// each item picked by its id (shown with the original's words), with its own texts.
YAML::Node item_list(const std::string& label, const std::string& singular, const std::string& name,
                     YAML::Node options, YAML::Node texts, const std::string& key = "id") {
  YAML::Node id(YAML::NodeType::Map);
  id["label"] = "Which " + singular;
  id["name"] = key;
  id["widget"] = "select";
  id["options"] = options;
  YAML::Node fields(YAML::NodeType::Sequence);
  fields.push_back(id);
  for (auto t : texts) fields.push_back(t);
  YAML::Node list(YAML::NodeType::Map);
  list["label"] = label;
  list["label_singular"] = singular;
  list["name"] = name;
  list["widget"] = "list";
  list["required"] = false;
  list["collapsed"] = true;
  list["summary"] = key == "id" ? "{{fields.id}}: {{fields.title}}" : "{{fields." + key + "}}";
  list["hint"] = "Add a " + singular + ", pick it, and write its words in this language.";
  list["fields"] = fields;
  return list;
}

// A text of an item of a list: its English words are in the item's picker.
YAML::Node item_text(const std::string& label, const std::string& name, const std::string& widget) {
  YAML::Node f = text_field(label, name, widget, "");
  f["hint"] = "The English words are in the list above. Leave it empty to show them.";
  return f;
}

YAML::Node option(const std::string& value, const std::string& words) {
  YAML::Node o(YAML::NodeType::Map);
  o["label"] = value + ": " + words;
  o["value"] = value;
  return o;
}

YAML::Node plan_fields(const Plan& plan) {
  YAML::Node fields(YAML::NodeType::Sequence);
  fields.push_back(text_field("Title", "title", "string", plan.title));
  if (!trim(plan.plain.value).empty())
    fields.push_back(text_field("In plain words", "plain", "text", plan.plain.value));
  if (!trim(plan.summary.value).empty())
    fields.push_back(text_field("Summary", "summary", "markdown", plan.summary.value));
  if (!plan.groups.empty()) {
    YAML::Node options(YAML::NodeType::Sequence), texts(YAML::NodeType::Sequence);
    for (const auto& g : plan.groups) options.push_back(option(g.id, g.title));
    texts.push_back(item_text("Title", "title", "string"));
    texts.push_back(item_text("In plain words", "plain", "text"));
    fields.push_back(item_list("Priority areas", "priority area", "groups", options, texts));
  }
  if (!plan.actions.empty()) {
    YAML::Node options(YAML::NodeType::Sequence), texts(YAML::NodeType::Sequence);
    for (const auto& a : plan.actions) options.push_back(option(a.id, a.plain.value));
    texts.push_back(item_text("The plan's own words", "title", "text"));
    texts.push_back(item_text("In plain words", "plain", "text"));
    fields.push_back(item_list("Promises", "promise", "actions", options, texts));
  }
  if (!plan.indicators.empty()) {
    YAML::Node options(YAML::NodeType::Sequence), texts(YAML::NodeType::Sequence);
    for (const auto& i : plan.indicators) options.push_back(option(i.id, i.title.value));
    texts.push_back(item_text("Title", "title", "string"));
    texts.push_back(item_text("In plain words", "plain", "text"));
    fields.push_back(item_list("Indicators", "indicator", "indicators", options, texts));
  }
  return fields;
}

// The site's own words (site.<lang>.yaml) and each organisation's (organisations/<id>.<lang>.yaml).
YAML::Node site_entries(const Site& site, const std::string& lang,
                        const std::set<std::string>& translated) {
  YAML::Node entries(YAML::NodeType::Sequence);
  YAML::Node fields(YAML::NodeType::Sequence);
  fields.push_back(text_field("Site name", "title", "string", site.config.title));
  if (!trim(site.config.tagline).empty())
    fields.push_back(text_field("Tagline", "tagline", "string", site.config.tagline));
  YAML::Node options(YAML::NodeType::Sequence), texts(YAML::NodeType::Sequence);
  for (const auto& h : site.config.help)
    if (!trim(h.text).empty()) options.push_back(option(h.name, h.text));
  if (options.size() > 0) {
    texts.push_back(item_text("What they do", "text", "text"));
    fields.push_back(item_list("Help lines", "help line", "help", options, texts, "name"));
  }
  entries.push_back(file_entry("site", "Site settings", translation_path("content/site.yaml", lang),
                               translated, fields));
  for (const Organisation& org : site.organisations) {
    YAML::Node f(YAML::NodeType::Sequence);
    f.push_back(text_field("Name", "name", "string", org.name));
    if (!trim(org.short_name).empty())
      f.push_back(text_field("Short name", "short_name", "string", org.short_name));
    if (!trim(org.plain.value).empty())
      f.push_back(text_field("In plain words", "plain", "text", org.plain.value));
    entries.push_back(file_entry("organisation-" + org.id, org.name,
                                 translation_path(org.path, lang), translated, f));
  }
  return entries;
}

}  // namespace

std::string language_label(const std::string& tag) {
  std::string base = to_lower_ascii(tag.substr(0, tag.find('-')));
  for (const auto& l : kLanguages) {
    if (base != l.tag) continue;
    std::string name = std::string(l.english) == l.own
                           ? std::string(l.english)
                           : std::string(l.english) + " (" + l.own + ")";
    return base == to_lower_ascii(tag) ? name : name + ", " + tag;
  }
  return tag;
}

std::vector<YAML::Node> translation_collections(const Site& site) {
  std::vector<YAML::Node> out;
  std::set<std::string> translated;
  for (const auto& t : site.translations) translated.insert(t.path);
  for (const LocatedText& language : site.config.languages) {
    const std::string& lang = language.value;
    const std::string in = " in " + language_label(lang);
    const std::string beside = "Each one is saved beside the English file, with ." + lang +
                               " before the ending. Leave a box empty to show the English words "
                               "there. ";

    YAML::Node updates(YAML::NodeType::Sequence);
    for (auto u = site.updates.rbegin(); u != site.updates.rend(); ++u) {  // newest first
      YAML::Node fields(YAML::NodeType::Sequence);
      fields.push_back(text_field("Headline", "title", "string", u->title.value));
      if (!trim(u->plain.value).empty())
        fields.push_back(text_field("In plain words", "plain", "text", u->plain.value));
      fields.push_back(text_field("The update", "body", "markdown", u->body.value));
      updates.push_back(
          file_entry(u->slug, u->title.value, translation_path(u->path, lang), translated, fields));
    }
    if (updates.size() > 0)
      out.push_back(collection("updates-in-" + lang, "Progress updates" + in,
                               "The progress updates" + in + ". " + beside +
                                   "A new update shows here once it is on the site.",
                               "frontmatter", updates));

    YAML::Node pages(YAML::NodeType::Sequence);
    for (const Page& p : site.pages) {
      YAML::Node fields(YAML::NodeType::Sequence);
      fields.push_back(text_field("Title", "title", "string", p.title.value));
      fields.push_back(text_field("The page", "body", "markdown", p.body.value));
      pages.push_back(
          file_entry(p.slug, p.title.value, translation_path(p.path, lang), translated, fields));
    }
    if (pages.size() > 0)
      out.push_back(collection("pages-in-" + lang, "Pages" + in, "The pages" + in + ". " + beside,
                               "frontmatter", pages));

    YAML::Node plans(YAML::NodeType::Sequence);
    for (const Plan& p : site.plans)
      plans.push_back(
          file_entry(p.id, p.title, translation_path(p.path, lang), translated, plan_fields(p)));
    if (plans.size() > 0)
      out.push_back(collection("plans-in-" + lang, "Action plans" + in,
                               "The action plans" + in + ". " + beside +
                                   "Numbers, dates and statuses always come from the English plan.",
                               "yaml", plans));

    out.push_back(
        collection("site-in-" + lang, "Site and organisations" + in,
                   "The site's name, tagline and help lines" + in +
                       (site.organisations.empty() ? std::string() : ", and each organisation's") +
                       ". " + beside,
                   "yaml", site_entries(site, lang, translated)));
  }
  return out;
}

}  // namespace promisehub
