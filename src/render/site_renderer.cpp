// Rendering, stage by stage: the page list, the update bodies those pages need, each page
// through its template and the layout, then feeds, the sitemap, theme assets and static files.
#include "render/site_renderer.h"

#include <algorithm>
#include <mutex>

#include <mstch/mstch.hpp>

#include "core/parallel.h"
#include "core/text.h"
#include "i18n/catalog_loader.h"
#include "render/feeds.h"
#include "render/glossary_linker.h"
#include "render/layout.h"
#include "render/markdown.h"
#include "render/page_list.h"
#include "render/theme.h"
#include "render/update_bodies.h"
#include "render/urls.h"

namespace promisehub {
namespace {

const std::string kPlainPage = "page";

class Renderer {
 public:
  Renderer(const Site& site, const Theme& theme, const Catalog& words, const RenderOptions& options)
      : site_(site),
        theme_(theme),
        options_(options),
        urls_(site.config.base_url),
        linker_(site.glossary, urls_.glossary()),
        layout_(site, theme, words, urls_, options.live_reload),
        statuses_(status_words(words, site.config)),
        ctx_{site, theme, urls_, update_html_, words, statuses_} {}

  // `previous` and `scope` are null for a full render.
  PageSet run(const PageSet* previous, const RenderScope* scope) {
    std::vector<PageSpec> specs = list_pages(ctx_);
    std::vector<char> needed(specs.size(), 1);
    std::vector<const OutputFile*> kept(specs.size(), nullptr);
    if (previous && scope) {
      for (std::size_t i = 0; i < specs.size(); ++i) {
        if (scope->covers(specs[i].dep)) continue;
        kept[i] = previous->find(Urls::file_for(urls_.site_path(specs[i].url)));
        needed[i] = kept[i] == nullptr;
      }
    }
    std::vector<char> bodies(site_.updates.size(), 0);
    for (std::size_t i = 0; i < specs.size(); ++i)
      if (needed[i] && specs[i].update < bodies.size()) bodies[specs[i].update] = 1;
    update_html_ =
        render_update_bodies(site_, ctx_.words, std::move(bodies), options_.bodies, options_.jobs);

    PageSet set;
    set.files.resize(specs.size());
    parallel_for(specs.size(), options_.jobs, [&](std::size_t i) {
      set.files[i] = needed[i] ? render_page(specs[i]) : *kept[i];
    });
    rendered_ = static_cast<std::size_t>(std::count(needed.begin(), needed.end(), 1));
    std::vector<std::string> sitemap;
    for (const auto& spec : specs)
      if (spec.in_sitemap) sitemap.push_back(spec.url);
    for (auto& f : feeds_and_indexes(site_, urls_, update_html_, std::move(sitemap), previous,
                                     scope, options_.jobs))
      set.files.push_back(std::move(f));
    for (const auto& asset : theme_.assets) set.files.push_back(asset);
    for (const auto& s : site_.static_files) set.files.push_back({s.target, {}, s.source});
    std::stable_sort(set.files.begin(), set.files.end(),
                     [](const OutputFile& a, const OutputFile& b) { return a.path < b.path; });
    // With the same path twice, the first entry stays: a rendered page or feed, then a theme
    // file, then a file of content/static/ (which land under static/, so they rarely meet).
    set.files.erase(
        std::unique(set.files.begin(), set.files.end(),
                    [](const OutputFile& a, const OutputFile& b) { return a.path == b.path; }),
        set.files.end());
    return set;
  }

  std::size_t rendered() const { return rendered_; }

 private:
  OutputFile render_page(const PageSpec& spec) const {
    if (spec.file) return {Urls::file_for(urls_.site_path(spec.url)), spec.file(), {}};
    mstch::map data = spec.data();
    data["h1"] = spec.title;
    data["home_url"] = urls_.home();
    data["search_url"] = urls_.page("search");
    data["help_url"] = urls_.page("help");
    data["safety_url"] = urls_.page("staying-safe-online");
    data["glossary_url"] = urls_.glossary();
    data["t"] = ctx_.words.mustache();
    // A theme made before a kind of page existed ("not-kept", "feeds") shows it as a plain page.
    const std::string& tmpl = theme_.templates.count(spec.tmpl) ? spec.tmpl : kPlainPage;
    std::string main = mstch::render(theme_.page_template(tmpl), data, theme_.partials_for(tmpl));
    if (spec.tmpl != "glossary") main = linker_.apply(main);  // the glossary explains itself
    return {Urls::file_for(urls_.site_path(spec.url)), layout_.wrap(spec, main), {}};
  }

  const Site& site_;
  const Theme& theme_;
  RenderOptions options_;
  Urls urls_;
  GlossaryLinker linker_;
  Layout layout_;
  std::vector<std::string> update_html_;
  std::vector<StatusWords> statuses_;
  ViewContext ctx_;
  std::size_t rendered_ = 0;
};

void configure_mstch() {
  static std::once_flag once;
  std::call_once(
      once, [] { mstch::config::escape = [](const std::string& s) { return escape_html(s); }; });
}

// Both entry points: set up the libraries, load the theme, render, and turn a template failure
// into a diagnostic.
std::optional<PageSet> render_with(const Site& site, const RenderOptions& options,
                                   const PageSet* previous, const RenderScope* scope,
                                   Diagnostics& diags, std::size_t* rendered) {
  configure_mstch();
  init_markdown();
  auto theme = load_theme(site.dir, site.config.theme, diags);
  if (!theme) return std::nullopt;
  // The site's main language; a page per other language is a render with its own catalog.
  auto words = load_catalog(theme->dir, "themes/" + site.config.theme, site.config.language, diags);
  if (!words) return std::nullopt;
  try {
    Renderer renderer(site, *theme, *words, options);
    PageSet set = renderer.run(previous, scope);
    if (rendered) *rendered = renderer.rendered();
    return set;
  } catch (const std::exception& e) {
    diags.error({"themes/" + site.config.theme, 0, 0}, std::string("rendering failed: ") + e.what(),
                "check the theme's templates", "render-failed");
    return std::nullopt;
  }
}

}  // namespace

std::optional<PageSet> SiteRenderer::render(const Site& site, const RenderOptions& options,
                                            Diagnostics& diags) {
  return render_with(site, options, nullptr, nullptr, diags, nullptr);
}

std::optional<PageSet> SiteRenderer::render_changed(const Site& site, const RenderOptions& options,
                                                    const PageSet& previous,
                                                    const RenderScope& scope, Diagnostics& diags,
                                                    std::size_t* rendered) {
  return render_with(site, options, &previous, &scope, diags, rendered);
}

}  // namespace promisehub
