// Rendering, stage by stage: the page list, the update bodies those pages need, each page
// through its template and the layout, then feeds, the sitemap, theme assets and static files.
#include "render/site_renderer.h"

#include <algorithm>
#include <mutex>

#include <mstch/mstch.hpp>

#include "core/lang_marks.h"
#include "core/parallel.h"
#include "core/text.h"
#include "i18n/catalog_loader.h"
#include "model/localize.h"
#include "render/editor_config.h"
#include "render/feeds.h"
#include "render/glossary_linker.h"
#include "render/language.h"
#include "render/layout.h"
#include "render/markdown.h"
#include "render/page_list.h"
#include "render/theme.h"
#include "render/theme_words.h"
#include "render/update_bodies.h"
#include "render/urls.h"

namespace promisehub {
namespace {

const std::string kPlainPage = "page";

// The pages and feeds of one language: `site` is the site in that language (model/localize).
class Renderer {
 public:
  Renderer(const Site& site, const Theme& theme, const Catalog& words, const RenderOptions& options,
           const RenderLanguage& language, const std::vector<RenderLanguage>& languages)
      : site_(site),
        theme_(theme),
        options_(options),
        language_(language),
        urls_(site.config.base_url, language.folder),
        linker_(site.glossary, urls_.glossary()),
        layout_(site, theme, words, urls_, options.live_reload, language, languages),
        statuses_(status_words(words, site.config)),
        ctx_{site, theme, urls_, update_html_, words, statuses_} {
    for (const auto& [name, text] : theme.templates) {
      Worded& w = worded_[name];
      w.page = with_theme_words(text, words.mustache(), w.needs_t);
      for (const auto& [partial, ptext] : theme.partials_for(name))
        w.partials[partial] = with_theme_words(ptext, words.mustache(), w.needs_t);
    }
  }

  // Appends the language's pages and feeds to `set`, and the addresses for the sitemap to
  // `sitemap`. `previous` and `scope` are null for a full render.
  void run(const PageSet* previous, const RenderScope* scope, PageSet& set,
           std::vector<std::string>& sitemap) {
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
    std::vector<char> plan_feeds(site_.plans.size());
    for (std::size_t p = 0; p < site_.plans.size(); ++p)
      plan_feeds[p] = kept_plan_feed(site_.plans[p], urls_, previous, scope) == nullptr;
    update_html_ = render_update_bodies(site_, ctx_.words, std::move(bodies), plan_feeds,
                                        options_.bodies, options_.jobs);

    const std::size_t first = set.files.size();
    set.files.resize(first + specs.size());
    parallel_for(specs.size(), options_.jobs, [&](std::size_t i) {
      set.files[first + i] = needed[i] ? render_page(specs[i]) : *kept[i];
    });
    rendered_ = static_cast<std::size_t>(std::count(needed.begin(), needed.end(), 1));
    for (const auto& spec : specs)
      if (spec.in_sitemap) sitemap.push_back(spec.url);
    for (auto& f :
         language_feeds(site_, urls_, language_.code, update_html_, previous, scope, options_.jobs))
      set.files.push_back(std::move(f));
  }

  std::size_t rendered() const { return rendered_; }

 private:
  OutputFile render_page(const PageSpec& spec) const {
    if (spec.file) {  // data: text not translated yet is simply in it
      std::string bytes = spec.file();
      if (has_lang_marks(bytes)) bytes = strip_lang_marks(bytes);
      return {Urls::file_for(urls_.site_path(spec.url)), std::move(bytes), {}};
    }
    mstch::map data = spec.data();
    data["h1"] = spec.title;
    data["home_url"] = urls_.home();
    data["search_url"] = urls_.page("search");
    data["help_url"] = urls_.page("help");
    data["safety_url"] = urls_.page("staying-safe-online");
    data["glossary_url"] = urls_.glossary();
    // A theme made before a kind of page existed ("not-kept", "feeds") shows it as a plain page.
    const std::string& tmpl = theme_.templates.count(spec.tmpl) ? spec.tmpl : kPlainPage;
    static const Worded kNone;
    auto found = worded_.find(tmpl);
    const Worded& w = found == worded_.end() ? kNone : found->second;
    if (w.needs_t) data["t"] = ctx_.words.mustache();
    std::string main = mstch::render(w.page, data, w.partials);
    if (spec.tmpl != "glossary") main = linker_.apply(main);  // the glossary explains itself
    return {Urls::file_for(urls_.site_path(spec.url)), layout_.wrap(spec, main), {}};
  }

  const Site& site_;
  const Theme& theme_;
  RenderOptions options_;
  const RenderLanguage& language_;
  Urls urls_;
  GlossaryLinker linker_;
  Layout layout_;
  std::vector<std::string> update_html_;
  std::vector<StatusWords> statuses_;
  ViewContext ctx_;
  // Each template and its partials with the theme's words written in (theme_words.h).
  struct Worded {
    std::string page;
    std::map<std::string, std::string> partials;
    bool needs_t = false;  // a use of `t` is left for mustache
  };
  std::map<std::string, Worded> worded_;
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
  try {
    // The main language first, at the site's own addresses; then each other under /<code>/.
    const std::vector<RenderLanguage> languages = site_languages(site.config);
    PageSet set;
    std::vector<std::string> sitemap, ignored;
    std::vector<SitemapLanguage> sitemap_languages;
    if (languages.size() > 1)
      for (const auto& l : languages) sitemap_languages.push_back({l.code, l.folder});
    std::size_t count = 0;
    for (const auto& language : languages) {
      std::optional<Site> localized;
      if (!language.main) localized = localize_site(site, language.code);
      RenderOptions o = options;
      if (!language.main) o.bodies = nullptr;  // the cache holds the main language's bodies
      // Each language's render has the theme's words in that language.
      auto words = load_catalog(theme->dir, "themes/" + site.config.theme,
                                language.main ? site.config.language : language.code, diags);
      if (!words) return std::nullopt;
      Renderer renderer(localized ? *localized : site, *theme, *words, o, language, languages);
      // The sitemap lists the main language's pages, each with its other languages.
      renderer.run(previous, scope, set, language.main ? sitemap : ignored);
      count += renderer.rendered();
      if (!language.main) set.language_folders.push_back(language.folder);
    }
    for (auto& f : site_indexes(Urls(site.config.base_url), std::move(sitemap), sitemap_languages))
      set.files.push_back(std::move(f));
    for (const auto& asset : theme->assets) {
      if (asset.path == kEditorConfig && asset.copy_from.empty()) {
        // Made from the theme's file, the organisations, plans and languages, and with other
        // languages the list of updates: a rebuild after updates changed (the only kind that is
        // not a full render) keeps it, unless it lists translations of updates.
        const OutputFile* kept =
            previous && scope && languages.size() == 1 ? previous->find(asset.path) : nullptr;
        set.files.push_back(kept ? *kept
                                 : OutputFile{asset.path, editor_config(asset.content(), site)});
      } else {
        set.files.push_back(asset);
      }
    }
    for (const auto& s : site.static_files) set.files.push_back({s.target, {}, s.source});
    std::stable_sort(set.files.begin(), set.files.end(),
                     [](const OutputFile& a, const OutputFile& b) { return a.path < b.path; });
    // With the same path twice, the first entry stays: a rendered page or feed, then a theme
    // file, then a file of content/static/ (which land under static/, so they rarely meet).
    set.files.erase(
        std::unique(set.files.begin(), set.files.end(),
                    [](const OutputFile& a, const OutputFile& b) { return a.path == b.path; }),
        set.files.end());
    if (rendered) *rendered = count;
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
