// The layout: its data, compiled once per kind of page into text with slots.
#include "render/layout.h"

#include "core/lang_marks.h"
#include "core/text.h"
#include "model/derive.h"

namespace promisehub {
namespace {

// The values that differ from page to page: text (escaped), then HTML from "alternates" on.
constexpr const char* kSlotKeys[] = {"title",   "h1",         "description", "canonical",
                                     "og_type", "alternates", "switcher",    "language_note",
                                     "main"};
constexpr int kMainSlot = 8;
const std::string kSlotPrefix = "\x01promisehub-slot-";

std::string slot_marker(int slot) {
  return kSlotPrefix + char('0' + slot) + "\x02";
}

// Characters, not bytes: a UTF-8 continuation byte starts no character.
std::size_t characters(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// The first words of `s` that fit in `limit` characters, with "…" when some are left out.
std::string first_words(const std::string& s, std::size_t limit) {
  if (characters(s) <= limit) return s;
  std::string out;
  std::size_t count = 0, last_space = std::string::npos;
  for (std::size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if ((c & 0xC0) != 0x80 && ++count > limit - 1) break;
    if (c == ' ') last_space = i;
    out += s[i];
  }
  if (last_space != std::string::npos && last_space > 0) out.resize(last_space);
  while (!out.empty() && (out.back() == ',' || out.back() == ':' || out.back() == ' '))
    out.pop_back();
  return out + "\xE2\x80\xA6";
}

}  // namespace

// Screen readers read the title on every page load: under 70 characters, the page's own part
// first, the site's name only when it fits.
std::string Layout::title(const PageSpec& spec) const {
  constexpr std::size_t kMax = 69;
  if (spec.url == urls_.home()) return first_words(site_.config.title, kMax);
  std::string full = spec.title + " \xE2\x80\x94 " + site_.config.title;
  if (characters(full) <= kMax) return full;
  return first_words(spec.title, kMax);
}

const std::string& Layout::description(const PageSpec& spec) const {
  return spec.description.empty() ? site_.config.tagline : spec.description;
}

mstch::map Layout::data(const PageSpec& spec, const std::string& main) const {
  mstch::array nav;
  auto nav_item = [&](const std::string& label, const std::string& url,
                      const std::string& section) {
    nav.push_back(mstch::map{{"label", label}, {"url", url}, {"current", spec.section == section}});
  };
  nav_item(words_.text("layout.nav.home"), urls_.home(), "home");
  // With several plans, "Our promises" are the current plan's (the others are a step away:
  // on the home page, and linked from the plan before or after).
  if (!site_.plans.empty())
    nav_item(words_.text("layout.nav.promises"), urls_.plan(plans_for_readers(site_).front()->id),
             "plans");
  nav_item(words_.text("layout.nav.updates"), urls_.updates(), "updates");
  nav_item(words_.text("layout.nav.what_to_expect"), urls_.page("what-to-expect"),
           "what-to-expect");
  nav_item(words_.text("layout.nav.glossary"), urls_.glossary(), "glossary");
  mstch::array footer_pages;
  for (const auto& page : site_.pages) {  // `menu:` in a page's front matter
    if (page.menu == "navigation") nav_item(page.title.value, urls_.page(page.slug), page.slug);
    if (page.menu == "footer")
      footer_pages.push_back(
          mstch::map{{"label", page.title.value}, {"url", urls_.page(page.slug)}});
  }
  nav_item(words_.text("layout.nav.search"), urls_.page("search"), "search");
  mstch::array crumbs;
  for (const auto& c : spec.crumbs)
    crumbs.push_back(mstch::map{{"label", c.label}, {"url", c.url}});
  mstch::array help;
  for (const auto& h : site_.config.help) {
    help.push_back(
        mstch::map{{"name", h.name},
                   {"phone", h.phone.empty() ? h.dial : h.phone},
                   {"tel", h.dial},
                   {"has_phone", !h.dial.empty()},
                   {"url", h.url},
                   {"website_of", words_.format("layout.help_now.website_of", {{"name", h.name}})},
                   {"text", h.text}});
  }
  return mstch::map{
      {"lang", language_.code},
      {"dir", std::string(language_.site_has_languages ? language_.dir() : "")},
      {"root_url", urls_.asset("")},
      {"alternates", ""},  // these three are slots (compiled_for)
      {"switcher", ""},
      {"language_note", ""},
      {"title", title(spec)},
      {"h1", spec.title},
      {"site_title", site_.config.title},
      {"tagline", site_.config.tagline},
      {"organisation", site_.config.organisation},
      {"published_by",
       words_.format("layout.footer.published_by", {{"organisation", site_.config.organisation}})},
      {"feed_title", words_.format("layout.feed_title", {{"site", site_.config.title}})},
      {"t", words_.mustache()},
      {"description", description(spec)},
      {"canonical", urls_.absolute(spec.url)},
      {"og_type", spec.og_type},
      {"home_url", urls_.home()},
      {"css", urls_.asset(theme_.css_path)},
      {"js", urls_.asset(theme_.js_path)},
      {"quick_exit", site_.config.quick_exit},
      {"feed_url", urls_.feed()},
      {"feeds_url", urls_.page("feeds")},
      {"glossary_url", urls_.glossary()},
      {"help_url", urls_.page("help")},
      {"safety_url", urls_.page("staying-safe-online")},
      {"search_url", urls_.page("search")},
      {"nav", nav},
      {"footer_pages", footer_pages},
      {"crumbs", crumbs},
      {"has_crumbs", !crumbs.empty()},
      {"help", help},
      {"main", main},
      {"search_page", spec.tmpl == "search"},
      {"live_reload", live_reload_},
      {"live_reload_url", urls_.asset("__promisehub/events")}};
}

// The layout differs between pages only in a few text values, the current navigation item and

std::shared_ptr<const Layout::Compiled> Layout::compiled_for(const PageSpec& spec) const {
  std::string key = spec.section + '\n' + spec.tmpl + '\n';
  for (const auto& c : spec.crumbs) key += c.label + '\t' + c.url + '\n';
  {
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = cache_.find(key);
    if (it != cache_.end()) return it->second;
  }
  mstch::map values = data(spec, slot_marker(kMainSlot));
  for (int i = 0; i < kMainSlot; ++i) values[kSlotKeys[i]] = slot_marker(i);
  std::string html =
      mstch::render(theme_.page_template("layout"), values, theme_.partials_for("layout"));
  auto compiled = std::make_shared<Compiled>();
  compiled->other_lang = has_lang_marks(html);
  std::size_t pos = 0, from = 0;
  while (true) {
    std::size_t at = html.find(kSlotPrefix, from);
    if (at == std::string::npos || at + kSlotPrefix.size() + 2 > html.size()) break;
    // Content cannot hold control characters (the loaders refuse them), but a marker is only
    // ever taken for one of ours when it is whole and names a slot that exists.
    int slot = html[at + kSlotPrefix.size()] - '0';
    if (slot < 0 || slot > kMainSlot || html[at + kSlotPrefix.size() + 1] != '\x02') {
      from = at + 1;
      continue;
    }
    compiled->literals.push_back(html.substr(pos, at - pos));
    compiled->slots.push_back(slot);
    pos = from = at + kSlotPrefix.size() + 2;
  }
  compiled->literals.push_back(html.substr(pos));
  std::lock_guard<std::mutex> lock(mutex_);
  return cache_.emplace(key, compiled).first->second;
}

std::string Layout::wrap(const PageSpec& spec, const std::string& main) const {
  auto layout = compiled_for(spec);
  bool other_lang =
      !language_.main && (layout->other_lang || has_lang_marks(main) || has_lang_marks(spec.title));
  // The same values data() gives these keys (kSlotKeys order), escaped as mstch would.
  const std::string slot_values[kMainSlot] = {escape_html(title(spec)),
                                              escape_html(spec.title),
                                              escape_html(description(spec)),
                                              escape_html(urls_.absolute(spec.url)),
                                              escape_html(spec.og_type),
                                              alternates(spec),
                                              switcher(spec),
                                              language_note(other_lang)};
  std::string html;
  html.reserve(main.size() + 16384);
  for (std::size_t i = 0; i < layout->slots.size(); ++i) {
    html += layout->literals[i];
    int slot = layout->slots[i];
    html += slot == kMainSlot ? main : slot_values[slot];
  }
  html += layout->literals.back();
  if (!has_lang_marks(html)) return html;
  const char* main_dir = language_.main_rtl ? "rtl" : "ltr";
  return write_lang_marks(html, language_.main_code,
                          language_.rtl == language_.main_rtl ? "" : main_dir);
}

std::string Layout::alternates(const PageSpec& spec) const {
  if (!language_.site_has_languages) return "";
  std::string out;
  auto link = [&](const std::string& hreflang, const RenderLanguage& l) {
    out += "\n<link rel=\"alternate\" hreflang=\"" + escape_html(hreflang) + "\" href=\"" +
           escape_html(urls_.absolute(urls_.in_folder(spec.url, l.folder))) + "\">";
  };
  for (const auto& l : languages_) link(l.code, l);
  link("x-default", languages_.front());
  return out;
}

std::string Layout::switcher(const PageSpec& spec) const {
  if (!language_.site_has_languages) return "";
  std::string out = "\n<nav class=\"language-switcher\" aria-label=\"" +
                    escape_html(language_words(language_).switcher_label) +
                    "\">\n<ul class=\"wrap\">";
  for (const auto& l : languages_) {
    out += "<li><a href=\"" + escape_html(urls_.in_folder(spec.url, l.folder)) + "\" hreflang=\"" +
           escape_html(l.code) + "\" lang=\"" + escape_html(l.code) + "\" dir=\"" + l.dir() + "\"";
    if (l.code == language_.code) out += " aria-current=\"true\"";
    out += ">" + escape_html(l.name) + "</a></li>";
  }
  return out + "</ul>\n</nav>";
}

std::string Layout::language_note(bool other_lang) const {
  if (!other_lang) return "";
  LanguageWords words = language_words(language_);
  std::string lang =
      words.lang == language_.code ? "" : " lang=\"" + escape_html(words.lang) + "\"";
  return "<p class=\"language-note wrap\"" + lang + ">" + escape_html(words.some_in_main) +
         "</p>\n";
}

}  // namespace promisehub
