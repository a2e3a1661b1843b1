// Update bodies: which are needed, which the cache already has, the rest in parallel.
#include "render/update_bodies.h"

#include <map>
#include <set>
#include <string_view>

#include "core/parallel.h"
#include "render/feeds.h"
#include "render/page_views.h"

namespace promisehub {

std::vector<std::string> render_update_bodies(const Site& site, const Catalog& words,
                                              std::vector<char> needed,
                                              const std::vector<char>& plan_feeds, BodyCache* cache,
                                              int jobs) {
  const std::size_t n = site.updates.size();
  const bool allow_html = site.config.allow_html;
  const ImageRule images = image_rule_for(site.config);
  needed.resize(n, 0);
  // The site's feed shows the newest updates, and each plan's feed its own newest.
  for (std::size_t i = n > kFeedSize ? n - kFeedSize : 0; i < n; ++i) needed[i] = 1;
  // How many more updates each plan whose feed is made still needs, newest first.
  std::map<std::string_view, std::size_t> wanting;
  for (std::size_t p = 0; p < site.plans.size() && p < plan_feeds.size(); ++p)
    if (plan_feeds[p]) wanting[site.plans[p].id] = kFeedSize;
  for (std::size_t i = n; i-- > 0 && !wanting.empty();) {
    auto it = wanting.find(site.updates[i].plan.value);
    if (it == wanting.end()) continue;
    needed[i] = 1;
    if (--it->second == 0) wanting.erase(it);
  }
  std::vector<std::string> html(n);
  if (cache) {
    // A body's HTML depends only on its Markdown, allow_html, the pictures allowed and the slug
    // (the cache's key).
    for (std::size_t i = 0; i < n; ++i) {
      if (!needed[i]) continue;
      auto it = cache->find(site.updates[i].slug);
      if (it == cache->end() || it->second.allow_html != allow_html ||
          !(it->second.images == images) || it->second.language != words.language() ||
          it->second.markdown != site.updates[i].body.value)
        continue;
      html[i] = it->second.html;
      needed[i] = 0;
    }
  }
  parallel_for(n, jobs, [&](std::size_t i) {
    // Footnote ids come from the slug, not the position, so adding an update changes no other
    // page.
    if (needed[i])
      html[i] =
          site_markdown(site, words, site.updates[i].body.value, "u-" + site.updates[i].slug + "-");
  });
  if (cache) {
    for (std::size_t i = 0; i < n; ++i)
      if (needed[i])
        (*cache)[site.updates[i].slug] = {site.updates[i].body.value, html[i], allow_html, images,
                                          words.language()};
    if (cache->size() > n) {  // forget updates that are gone
      std::set<std::string> slugs;
      for (const auto& u : site.updates) slugs.insert(u.slug);
      for (auto it = cache->begin(); it != cache->end();)
        it = slugs.count(it->first) ? std::next(it) : cache->erase(it);
    }
  }
  return html;
}

}  // namespace promisehub
