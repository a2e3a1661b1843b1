// The commands' entry points, on the one path of SiteSession.
#include "pipeline.h"

#include <algorithm>
#include <chrono>

#include "core/parallel.h"
#include "model/derive.h"
#include "model/status.h"
#include "render/editor_script.h"
#include "render/site_renderer.h"
#include "render/urls.h"
#include "search/search_index.h"
#include "search/search_reuse.h"
#include "session.h"
#include "validate/references.h"
#include "validate/translations.h"
#include "write/output_writer.h"

namespace promisehub {
namespace {

void apply_status_words(Site& site) {
  site.statuses = default_statuses();
  for (const auto& o : site.config.status_overrides) {
    for (auto& s : site.statuses) {
      if (s.status != o.status) continue;
      if (!o.label.empty()) s.label = o.label;
      if (!o.sentence.empty()) s.sentence = o.sentence;
    }
  }
}

}  // namespace

StageTimes::StageTimes() : mark_(std::chrono::steady_clock::now()) {}

void StageTimes::done(const char* stage) {
  auto now = std::chrono::steady_clock::now();
  seconds.emplace_back(stage, std::chrono::duration<double>(now - mark_).count());
  mark_ = now;
}

BuildOptions settle_options(BuildOptions options) {
  if (options.jobs <= 0) options.jobs = default_jobs();
  if (options.out_dir.empty()) options.out_dir = options.site_dir + "/public";
  return options;
}

std::optional<Site> load_site(const BuildOptions& options, Diagnostics& diags, StageTimes* times,
                              Site* failed) {
  return SiteSession(options, SiteSession::Use::once).load(diags, times, failed);
}

bool finish_site(Site& site, Diagnostics& diags) {
  apply_status_words(site);
  // Stage 2: cross-references between files.
  validate_references(site, diags);
  validate_translations(site, diags);
  // Stage 3: the model's derived facts.
  derive_site(site, diags);
  return !diags.has_errors();
}

std::optional<PageSet> render_site(const Site& site, const BuildOptions& options,
                                   Diagnostics& diags) {
  RenderOptions ro;
  ro.jobs = settle_options(options).jobs;
  ro.live_reload = options.live_reload;
  return SiteRenderer::render(site, ro, diags);
}

BuildReport build_site(const BuildOptions& options, Diagnostics& diags) {
  BuildReport report;
  SiteSession session(options, SiteSession::Use::once);
  SiteSession::Result result = session.refresh(diags);
  report.times = result.times;
  if (!result.ok) return report;
  const Site& site = *session.site();
  report.build_date = site.build_date;
  report.build_date_source = site.build_date_source;
  const PageSet& rendered = *session.pages();
  report_missing_editor_script(rendered, session.options().site_dir, diags);
  // The search index joins the new generation before it is swapped in: a failed index leaves the
  // live site as it was, and an index whose bytes did not change writes nothing. Pages that give
  // Pagefind the same input as last time keep the index the live site has.
  PageSet indexed;
  const PageSet* to_write = &rendered;
  const std::string& out_dir = session.options().out_dir;
  SearchFeed feed;
  std::vector<OutputFile> index_files;
  if (options.search) {
    feed =
        search_feed(rendered, session.options().site_dir, Urls(site.config.base_url).base_path());
    std::optional<std::vector<OutputFile>> kept =
        feed.pagefind.empty() ? std::nullopt : reusable_search_index(out_dir, feed.key);
    SearchIndex index;
    if (kept) {
      index.outcome = SearchIndex::Outcome::made;
      index.files = std::move(*kept);
      report.search_reused = true;
    } else {
      index = make_search_index(feed);
    }
    report.times.done("search index");
    if (index.outcome == SearchIndex::Outcome::failed) {
      report.search_message = index.message;
      return report;
    }
    if (index.outcome == SearchIndex::Outcome::made) {
      indexed = with_search_index(rendered, index.files);
      to_write = &indexed;
      index_files = std::move(index.files);
    } else {
      report.search_message = index.message;
    }
  }
  const PageSet& pages = *to_write;
  WriteOptions wo;
  wo.jobs = session.options().jobs;
  wo.site_dir = session.options().site_dir;
  WriteResult written = write_site_atomically(pages, session.options().out_dir, diags, wo);
  report.times.done("write");
  report.ok = written.ok;
  report.pages = pages.files.size();
  report.files_written = written.written;
  report.files_unchanged = written.unchanged;
  if (written.ok) remember_search_index(out_dir, feed.key, index_files);
  return report;
}

}  // namespace promisehub
