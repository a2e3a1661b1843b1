// The build pipeline, stage by stage.
#include "pipeline.h"

#include <algorithm>
#include <chrono>

#include "core/build_clock.h"
#include "core/parallel.h"
#include "load/content_tree.h"
#include "load/loaders.h"
#include "model/derive.h"
#include "model/status.h"
#include "render/site_renderer.h"
#include "validate/references.h"
#include "write/output_writer.h"

namespace promisehub {
namespace {

template <typename T, typename LoadFn>
std::vector<T> load_all(const std::vector<ContentFile>& files, int jobs, Diagnostics& diags,
                        LoadFn load) {
  std::vector<std::optional<T>> slots(files.size());
  parallel_for(files.size(), jobs, [&](std::size_t i) {
    if (auto source = read_source_file(files[i].disk_path, files[i].display_path, diags))
      slots[i] = load(*source, files[i].stem, diags);
  });
  std::vector<T> out;
  out.reserve(files.size());
  for (auto& s : slots)
    if (s) out.push_back(std::move(*s));
  return out;
}

void apply_status_words(Site& site) {
  site.statuses = default_statuses();
  for (const auto& o : site.config.status_overrides) {
    for (auto& s : site.statuses) {
      if (s.key != o.key) continue;
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

std::optional<Site> load_site(const BuildOptions& options, Diagnostics& diags, StageTimes* times) {
  auto stage_done = [times](const char* stage) {
    if (times) times->done(stage);
  };
  int jobs = options.jobs > 0 ? options.jobs : default_jobs();
  Site site;
  site.dir = options.site_dir;
  site.include_drafts = options.drafts;

  // Stage 1: load every file, collecting every problem.
  ContentTree tree = find_content(options.site_dir, diags);
  stage_done("find content files");
  if (tree.site) {
    if (auto source = read_source_file(tree.site->disk_path, tree.site->display_path, diags)) {
      if (auto config = load_site_config(*source, diags)) site.config = *config;
    }
  }
  BuildDay day = settle_build_day(options.now, site.config.time_zone, diags);
  site.build_date = day.date;
  site.build_date_source = day.source;
  site.plans = load_all<Plan>(tree.plans, jobs, diags, load_plan);
  site.updates = load_all<Update>(tree.updates, jobs, diags, load_update);
  site.pages = load_all<Page>(tree.pages, jobs, diags, load_page);
  if (tree.glossary) {
    if (auto s = read_source_file(tree.glossary->disk_path, tree.glossary->display_path, diags))
      site.glossary = load_glossary(*s, diags);
  }
  if (tree.language) {
    if (auto s = read_source_file(tree.language->disk_path, tree.language->display_path, diags))
      site.language = load_language(*s, diags);
  }
  site.static_files = tree.static_files;
  stage_done("read and parse");
  bool ok = finish_site(site, diags);
  stage_done("cross-references and model");
  if (!ok) return std::nullopt;
  return site;
}

bool finish_site(Site& site, Diagnostics& diags) {
  apply_status_words(site);
  // Stage 2: cross-references between files.
  validate_references(site, diags);
  // Stage 3: the model's derived facts.
  derive_site(site, diags);
  return !diags.has_errors();
}

std::optional<PageSet> render_site(const Site& site, const BuildOptions& options,
                                   Diagnostics& diags) {
  RenderOptions ro;
  ro.jobs = options.jobs > 0 ? options.jobs : default_jobs();
  ro.live_reload = options.live_reload;
  return SiteRenderer::render(site, ro, diags);
}

BuildReport build_site(const BuildOptions& options, Diagnostics& diags) {
  BuildReport report;
  auto site = load_site(options, diags, &report.times);
  if (!site) return report;
  report.build_date = site->build_date;
  report.build_date_source = site->build_date_source;
  auto pages = render_site(*site, options, diags);
  report.times.done("render");
  if (!pages || diags.has_errors()) return report;
  std::string out = options.out_dir.empty() ? options.site_dir + "/public" : options.out_dir;
  WriteOptions wo;
  wo.jobs = options.jobs > 0 ? options.jobs : default_jobs();
  wo.site_dir = options.site_dir;
  WriteResult written = write_site_atomically(*pages, out, diags, wo);
  report.times.done("write");
  report.ok = written.ok;
  report.pages = pages->files.size();
  report.files_written = written.written;
  report.files_unchanged = written.unchanged;
  return report;
}

}  // namespace promisehub
