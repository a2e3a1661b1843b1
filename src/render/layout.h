// The layout around every page: head, navigation, breadcrumbs, help lines and footer.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <string>

#include <mstch/mstch.hpp>

#include "i18n/catalog.h"
#include "model/site.h"
#include "render/language.h"
#include "render/page_list.h"
#include "render/theme.h"
#include "render/urls.h"

namespace promisehub {

class Layout {
 public:
  // `language`: the one these pages are in, one of `languages` (the site's, main first); `words`:
  // the theme's words in it.
  Layout(const Site& site, const Theme& theme, const Catalog& words, const Urls& urls,
         bool live_reload, const RenderLanguage& language,
         const std::vector<RenderLanguage>& languages)
      : site_(site),
        theme_(theme),
        words_(words),
        urls_(urls),
        live_reload_(live_reload),
        language_(language),
        languages_(languages) {}

  // The whole page: `main` (the page template's output) inside the layout. Safe to call from
  // several threads at once.
  std::string wrap(const PageSpec& spec, const std::string& main) const;

 private:
  // The layout differs between pages only in a few text values, the current navigation item and
  // the breadcrumbs. It is rendered once per (section, template, breadcrumbs) with slots for
  // those values, which are then filled in for each page: most pages skip the layout's mstch
  // pass.
  struct Compiled {
    std::vector<std::string> literals;  // literals[i] comes before slots[i]
    std::vector<int> slots;
    bool other_lang = false;  // the layout's own texts show some in the main language
  };
  std::shared_ptr<const Compiled> compiled_for(const PageSpec& spec) const;
  mstch::map data(const PageSpec& spec, const std::string& main) const;
  std::string title(const PageSpec& spec) const;
  const std::string& description(const PageSpec& spec) const;
  // For a site with `languages:`: the page's <link rel="alternate" hreflang>, its language
  // switcher, and the note that some parts are in the main language (when `other_lang`).
  std::string alternates(const PageSpec& spec) const;
  std::string switcher(const PageSpec& spec) const;
  std::string language_note(bool other_lang) const;

  const Site& site_;
  const Theme& theme_;
  const Catalog& words_;
  const Urls& urls_;
  bool live_reload_;
  const RenderLanguage& language_;
  const std::vector<RenderLanguage>& languages_;
  mutable std::mutex mutex_;
  mutable std::map<std::string, std::shared_ptr<const Compiled>> cache_;
};

}  // namespace promisehub
