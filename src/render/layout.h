// The layout around every page: head, navigation, breadcrumbs, help lines and footer.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <string>

#include <mstch/mstch.hpp>

#include "i18n/catalog.h"
#include "model/site.h"
#include "render/page_list.h"
#include "render/theme.h"
#include "render/urls.h"

namespace promisehub {

class Layout {
 public:
  Layout(const Site& site, const Theme& theme, const Catalog& words, const Urls& urls,
         bool live_reload)
      : site_(site), theme_(theme), words_(words), urls_(urls), live_reload_(live_reload) {}

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
  };
  std::shared_ptr<const Compiled> compiled_for(const PageSpec& spec) const;
  mstch::map data(const PageSpec& spec, const std::string& main) const;
  std::string title(const PageSpec& spec) const;
  const std::string& description(const PageSpec& spec) const;

  const Site& site_;
  const Theme& theme_;
  const Catalog& words_;
  const Urls& urls_;
  bool live_reload_;
  mutable std::mutex mutex_;
  mutable std::map<std::string, std::shared_ptr<const Compiled>> cache_;
};

}  // namespace promisehub
