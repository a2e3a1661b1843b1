// argv → command → exit code.
#include <iostream>
#include <string>
#include <vector>

#include "cli/commands.h"

#ifdef PROMISEHUB_WITH_MIMALLOC
#include <mimalloc.h>
#endif

namespace {

const char kHelp[] =
    R"(Promise Hub turns a council's #KeepThePromise plans and updates into a website.

Usage:
  promisehub build  [--site DIR] [--out DIR] [--drafts] [--now YYYY-MM-DD] [--jobs N]
                    [--timings] [--no-search]
  promisehub check  [--site DIR] [--strict] [--format text|json] [--now YYYY-MM-DD]
  promisehub serve  [--site DIR] [--port N] [--drafts]
  promisehub new update --plan P --actions 1.1,2.2 [--site DIR] [--date YYYY-MM-DD] "Title"
  promisehub new page [--site DIR] "Title"
  promisehub --help | --version

  --site DIR   the folder that holds content/ and themes/ (default: this folder)
  --out DIR    where to write the site (default: DIR/public); replaced whole, atomically
  --drafts     with build and serve: include updates and pages marked `draft: true`, and
               updates dated in the future
  --now DATE   the build date (default: SOURCE_DATE_EPOCH, else today)
  --jobs N     pages rendered at once (default: all cores)
  --strict     with check: exit non-zero when there is any warning

check always checks drafts and updates dated in the future too. A problem in one says so
("in a draft: ..."), and an error build will only stop on once it is published says that
too ("in a draft (build will stop here once it is published): ...").
  --timings    with build: say how long each stage took (load, render, search index, write)
  --no-search  with build: leave out the search index (build makes it with Pagefind, from
               node_modules: `npm ci`; without Node.js or Pagefind it says so and builds the rest)

Every problem is reported as file:line:col with what to do about it.
)";

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    std::cout << kHelp;
    return args.empty() ? 2 : 0;
  }
  if (args[0] == "--version") {
    std::cout << "promisehub " << PROMISEHUB_VERSION << "\n";
    return 0;
  }
  std::string command = args[0];
  args.erase(args.begin());
#ifdef PROMISEHUB_WITH_MIMALLOC
  // `serve` rebuilds again and again: memory handed back to the system after one rebuild would
  // only be faulted in again by the next (about a sixth of an edit's time on a big hub).
  if (command == "serve") mi_option_disable(mi_option_allow_decommit);
#endif
  for (const auto& a : args) {
    if (a == "--help" || a == "-h") {
      std::cout << kHelp;
      return 0;
    }
  }
  try {
    if (command == "build") return promisehub::run_build(args);
    if (command == "check") return promisehub::run_check(args);
    if (command == "serve") return promisehub::run_serve(args);
    if (command == "new") return promisehub::run_new(args);
  } catch (const std::exception& e) {
    // Bad content never gets here; this is a last guard against a bug, with a clear message.
    std::cerr << "promisehub: internal error: " << e.what()
              << "\nPlease report this with the command you ran.\n";
    return 3;
  }
  std::cerr << "promisehub: unknown command `" << command
            << "`. Commands: build, check, serve, new.\n";
  return 2;
}
