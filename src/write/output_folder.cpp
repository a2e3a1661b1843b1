// Which folder a build may replace: the checks made before anything is written.
#include "write/output_folder.h"

#include <set>

#include <boost/filesystem.hpp>

#include "core/text.h"

namespace fs = boost::filesystem;

namespace promisehub {

const char kBuiltSiteMarker[] = ".promisehub-site";
const char kBuiltSiteMarkerText[] =
    "Promise Hub built this folder. Every build replaces it whole: keep nothing else here.\n";

namespace {

// Symbolic links resolved as far as the path exists, so that two spellings of one folder match.
fs::path resolved(const fs::path& p) {
  boost::system::error_code ec;
  fs::path r = fs::weakly_canonical(fs::absolute(p), ec);
  return (ec ? fs::absolute(p) : r).lexically_normal();
}

// True when `inner` is `outer` or lies somewhere inside it.
bool is_within(const fs::path& inner, const fs::path& outer) {
  auto i = inner.begin();
  for (auto o = outer.begin(); o != outer.end(); ++o, ++i) {
    if (o->empty() || o->string() == ".") continue;
    if (i == inner.end() || *i != *o) return false;
  }
  return true;
}

std::optional<OutputRefusal> refuse_site_sources(const fs::path& out, const std::string& site_dir) {
  if (site_dir.empty()) return std::nullopt;
  fs::path site = resolved(site_dir);
  if (is_within(site, out))
    return OutputRefusal{"the output folder " + out.string() + " holds the site itself (" +
                             site.string() + "): building there would delete its content",
                         "give a folder of its own with --out, e.g. --out public"};
  for (const char* sources : {"content", "themes"}) {
    if (is_within(out, site / sources))
      return OutputRefusal{
          "the output folder " + out.string() + " is inside the site's " + sources + "/ folder",
          "give a folder outside content/ and themes/ with --out, e.g. --out public"};
  }
  return std::nullopt;
}

// A build from before the marker: every file in it is one this build writes again, or what older
// versions added after the build (the search index and the web editor's script).
bool holds_only_built_files(const fs::path& out, const PageSet& pages) {
  std::set<std::string> built;
  for (const auto& f : pages.files) built.insert(f.path);
  boost::system::error_code ec;
  fs::recursive_directory_iterator it(out, fs::directory_options::none, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    boost::system::error_code st;
    if (fs::symlink_status(it->path(), st).type() == fs::directory_file) continue;
    std::string rel = it->path().lexically_relative(out).generic_string();
    if (built.count(rel) || rel == ".gitkeep" || starts_with(rel, "pagefind/") ||
        starts_with(rel, "admin/"))
      continue;
    return false;
  }
  return !ec;
}

}  // namespace

std::optional<OutputRefusal> refuse_output_folder(const fs::path& out, const std::string& site_dir,
                                                  const PageSet& pages) {
  fs::path real_out = resolved(out);
  if (auto refusal = refuse_site_sources(real_out, site_dir)) return refusal;
  boost::system::error_code ec;
  if (!fs::exists(fs::symlink_status(out, ec))) return std::nullopt;
  if (!fs::is_directory(out, ec))
    return OutputRefusal{"the output folder " + out.string() + " is a file, not a folder",
                         "give a folder with --out, e.g. --out public"};
  if (fs::is_regular_file(fs::symlink_status(out / kBuiltSiteMarker, ec))) return std::nullopt;
  if (holds_only_built_files(out, pages)) return std::nullopt;
  return OutputRefusal{
      "the output folder " + out.string() +
          " already holds files Promise Hub did not make; a build replaces the whole folder",
      "choose an empty or new folder with --out. If it is an old Promise Hub build, delete it "
      "and build again"};
}

}  // namespace promisehub
