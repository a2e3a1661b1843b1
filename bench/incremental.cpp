// Measures an instant rebuild: load and render a site once, then edit one update N times and
// time how long the site takes to reflect each edit (what `serve` does after a save).
// Usage: promisehub_bench_incremental --site DIR [--edits N] [--now YYYY-MM-DD]
#include <algorithm>
#include <chrono>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include <boost/filesystem.hpp>

#include "session.h"

namespace {

double ms_since(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t).count();
}

}  // namespace

int main(int argc, char** argv) {
  std::string site_dir, now = "2026-01-01";
  int edits = 5;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string a = argv[i];
    if (a == "--site") site_dir = argv[i + 1];
    if (a == "--edits") edits = std::max(1, std::atoi(argv[i + 1]));
    if (a == "--now") now = argv[i + 1];
  }
  if (site_dir.empty()) {
    std::cerr << "usage: promisehub_bench_incremental --site DIR [--edits N] [--now YYYY-MM-DD]\n";
    return 2;
  }
  promisehub::BuildOptions options;
  options.site_dir = site_dir;
  options.now = promisehub::parse_date(now);
  promisehub::SiteSession session(options);
  auto t0 = std::chrono::steady_clock::now();
  promisehub::Diagnostics diags;
  auto first = session.refresh(diags);
  double full_ms = ms_since(t0);
  if (!first.ok) {
    std::cerr << "the site has errors; run promisehub check\n";
    return 1;
  }
  // Edit the newest update: the one most pages depend on.
  const auto& updates = session.site()->updates;
  if (updates.empty()) {
    std::cerr << "the site has no updates to edit\n";
    return 1;
  }
  std::string path = site_dir + "/" + updates.back().path;
  std::string slug = updates.back().slug;
  std::cout << "pages: " << session.pages()->files.size() << "\n"
            << "full load and render: " << static_cast<long>(full_ms) << " ms\n";
  // As `serve` does: told by the file watcher which file changed; then as a build into an
  // existing folder does: listing content/ to find out.
  const std::vector<std::string> watcher_saw{path};
  for (bool told : {true, false}) {
    std::vector<double> times;
    std::size_t rendered = 0;
    std::vector<std::pair<std::string, double>> stage_ms;
    for (int e = 0; e < edits; ++e) {
      std::string mark = (told ? "Edited " : "Listed ") + std::to_string(e) + ".";
      std::ofstream(path, std::ios::app) << "\n" << mark << "\n";
      auto t = std::chrono::steady_clock::now();
      promisehub::Diagnostics d;
      auto r = session.refresh(d, told ? &watcher_saw : nullptr);
      times.push_back(ms_since(t));
      rendered = r.rendered;
      if (stage_ms.empty())
        for (const auto& [stage, sec] : r.times.seconds) stage_ms.emplace_back(stage, 0.0);
      for (std::size_t i = 0; i < r.times.seconds.size() && i < stage_ms.size(); ++i)
        stage_ms[i].second += r.times.seconds[i].second * 1000 / edits;
      const promisehub::OutputFile* page = session.pages()->find("updates/" + slug + "/index.html");
      if (!r.ok || !page || page->content().find(mark) == std::string::npos) {
        std::cerr << "the edit did not reach the page\n";
        return 1;
      }
    }
    std::sort(times.begin(), times.end());
    std::cout << "edit one update, " << (told ? "told by the watcher" : "listing content/")
              << ", median of " << edits << ": " << times[times.size() / 2] << " ms (" << rendered
              << " pages rendered)\n";
    for (const auto& [stage, ms] : stage_ms)
      std::cout << "  mean " << stage << ": " << ms << " ms\n";
  }
  return 0;
}
