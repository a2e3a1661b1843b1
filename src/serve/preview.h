// One run of `serve`: the first build, the port, rebuilds on every change under content/ and
// themes/, and an orderly stop on Ctrl-C or SIGTERM.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "pipeline.h"
#include "serve/preview_site.h"

namespace promisehub {

// What the command shows people; the preview itself prints nothing.
struct PreviewReporter {
  std::function<void(const RebuildReport&)> built;
  std::function<void(const std::vector<std::string>& changed)> changed;
  std::function<void(const std::string& url)> serving;
  std::function<void(const std::string& message)> problem;
  std::function<void()> stopping;
};

// Returns the exit code: 0 after Ctrl-C or SIGTERM, 1 when the preview could not start.
int run_preview(const BuildOptions& options, int port, const PreviewReporter& report);

}  // namespace promisehub
