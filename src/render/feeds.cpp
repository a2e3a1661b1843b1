// Feed and sitemap writers. Every value is escaped for XML.
#include "render/feeds.h"

#include <algorithm>

#include "core/lang_marks.h"
#include "core/parallel.h"
#include "core/text.h"

namespace promisehub {

std::string atom_feed(const Site& site, const Urls& urls, const std::string& lang,
                      const std::string& title, const std::string& self_url,
                      const std::string& page_url, const std::vector<FeedEntry>& entries) {
  // The feed's date is its newest entry's, so the same content always gives the same bytes.
  Date updated = entries.empty() ? Date{2000, 1, 1} : entries.front().update->date;
  std::string x = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";
  x += "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"" + escape_xml(lang) + "\">\n";
  x += "  <title>" + escape_xml(title) + "</title>\n";
  if (!site.config.tagline.empty())
    x += "  <subtitle>" + escape_xml(site.config.tagline) + "</subtitle>\n";
  x += "  <link rel=\"self\" href=\"" + escape_xml(urls.absolute(self_url)) + "\"/>\n";
  x += "  <link rel=\"alternate\" type=\"text/html\" href=\"" +
       escape_xml(urls.absolute(page_url)) + "\"/>\n";
  x += "  <id>" + escape_xml(urls.absolute(self_url)) + "</id>\n";
  x += "  <updated>" + updated.rfc3339() + "</updated>\n";
  x += "  <author><name>" +
       escape_xml(site.config.organisation.empty() ? site.config.title : site.config.organisation) +
       "</name></author>\n";
  for (const auto& e : entries) {
    const Update& u = *e.update;
    std::string link = urls.absolute(urls.update(u.slug));
    x += "  <entry>\n";
    x += "    <title>" + escape_xml(u.title.value) + "</title>\n";
    x += "    <link rel=\"alternate\" type=\"text/html\" href=\"" + escape_xml(link) + "\"/>\n";
    x += "    <id>" + escape_xml(link) + "</id>\n";
    x += "    <updated>" + u.date.rfc3339() + "</updated>\n";
    if (!u.author.empty()) x += "    <author><name>" + escape_xml(u.author) + "</name></author>\n";
    if (!u.plain.value.empty()) x += "    <summary>" + escape_xml(u.plain.value) + "</summary>\n";
    x += "    <content type=\"html\">" + escape_xml(e.html) + "</content>\n";
    x += "  </entry>\n";
  }
  x += "</feed>\n";
  // A feed reader shows a title or an entry whole: text not translated yet is simply in it.
  return has_lang_marks(x) ? strip_lang_marks(x) : x;
}

std::string sitemap_xml(const Urls& urls, const std::vector<std::string>& page_urls,
                        const std::vector<SitemapLanguage>& languages) {
  std::string x = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  if (languages.empty()) {
    x += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
    for (const auto& u : page_urls)
      x += "  <url><loc>" + escape_xml(urls.absolute(u)) + "</loc></url>\n";
    return x + "</urlset>\n";
  }
  x += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
       "xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n";
  for (const auto& u : page_urls) {
    std::string links;
    auto link = [&](const std::string& hreflang, const std::string& folder) {
      links += "    <xhtml:link rel=\"alternate\" hreflang=\"" + escape_xml(hreflang) +
               "\" href=\"" + escape_xml(urls.absolute(urls.in_folder(u, folder))) + "\"/>\n";
    };
    for (const auto& l : languages) link(l.code, l.folder);
    link("x-default", languages.front().folder);
    for (const auto& l : languages)
      x += "  <url>\n    <loc>" + escape_xml(urls.absolute(urls.in_folder(u, l.folder))) +
           "</loc>\n" + links + "  </url>\n";
  }
  return x + "</urlset>\n";
}

std::string robots_txt(const Urls& urls) {
  return "User-agent: *\nAllow: /\nDisallow: " + urls.admin() +
         "\n\nSitemap: " + urls.absolute(urls.sitemap()) + "\n";
}

const OutputFile* kept_plan_feed(const Plan& plan, const Urls& urls, const PageSet* previous,
                                 const RenderScope* scope) {
  if (!previous || !scope || scope->covers(PageDep::plan_pages(plan.id)) ||
      scope->covers(PageDep::plan_feed(plan.id)))
    return nullptr;
  return previous->find(urls.site_path(urls.plan_feed(plan.id)));
}

std::vector<OutputFile> language_feeds(const Site& site, const Urls& urls, const std::string& lang,
                                       const std::vector<std::string>& update_html,
                                       const PageSet* previous, const RenderScope* scope,
                                       int jobs) {
  std::vector<OutputFile> files;
  std::vector<FeedEntry> all;
  for (std::size_t n = site.updates.size(); n-- > 0 && all.size() < kFeedSize;)
    all.push_back({&site.updates[n], update_html[n]});
  files.push_back({urls.site_path(urls.feed()),
                   atom_feed(site, urls, lang, site.config.title + ": updates", urls.feed(),
                             urls.updates(), all),
                   {}});
  std::vector<OutputFile> plan_feeds(site.plans.size());
  parallel_for(site.plans.size(), jobs, [&](std::size_t p) {
    const Plan& plan = site.plans[p];
    if (const OutputFile* old = kept_plan_feed(plan, urls, previous, scope)) {
      plan_feeds[p] = *old;
      return;
    }
    std::string path = urls.site_path(urls.plan_feed(plan.id));
    std::vector<FeedEntry> entries;
    for (std::size_t n = site.updates.size(); n-- > 0 && entries.size() < kFeedSize;)
      if (site.updates[n].plan.value == plan.id)
        entries.push_back({&site.updates[n], update_html[n]});
    plan_feeds[p] = {path,
                     atom_feed(site, urls, lang, plan.title + ": updates", urls.plan_feed(plan.id),
                               urls.plan(plan.id), entries),
                     {}};
  });
  for (auto& f : plan_feeds) files.push_back(std::move(f));
  return files;
}

std::vector<OutputFile> site_indexes(const Urls& urls, std::vector<std::string> page_urls,
                                     const std::vector<SitemapLanguage>& languages) {
  std::sort(page_urls.begin(), page_urls.end());
  std::vector<OutputFile> files;
  files.push_back({urls.site_path(urls.sitemap()), sitemap_xml(urls, page_urls, languages), {}});
  files.push_back({"robots.txt", robots_txt(urls), {}});
  return files;
}

std::vector<OutputFile> feeds_and_indexes(const Site& site, const Urls& urls,
                                          const std::vector<std::string>& update_html,
                                          std::vector<std::string> page_urls,
                                          const PageSet* previous, const RenderScope* scope,
                                          int jobs) {
  std::vector<OutputFile> files =
      language_feeds(site, urls, site.config.language, update_html, previous, scope, jobs);
  for (auto& f : site_indexes(urls, std::move(page_urls), {})) files.push_back(std::move(f));
  return files;
}

}  // namespace promisehub
