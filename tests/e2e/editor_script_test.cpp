// A plain `promisehub build` leaves a working /admin/: the web editor's script (Decap CMS) comes
// from the npm package beside the site, with no step after the build.
#include <gtest/gtest.h>

#include <string>

#include <boost/filesystem.hpp>

#include "hostile/process.h"
#include "support/temp_site.h"

namespace fs = boost::filesystem;

namespace promisehub {
namespace {

using testing::read_file;
using testing::TempSite;

hostile::ProcessResult build(const TempSite& site) {
  hostile::ChildProcess child(PROMISEHUB_BINARY,
                              {"build", "--site", site.dir(), "--now", "2026-01-01"},
                              site.dir() + "/build");
  return child.wait(120);
}

TEST(EditorScript, ABuildCopiesDecapBesideTheEditorPage) {
  TempSite site;
  site.add_themes();
  site.write("node_modules/decap-cms/dist/decap-cms.js", "/* decap */");
  site.write("node_modules/decap-cms/dist/decap-cms.js.LICENSE.txt", "MIT");
  site.write("node_modules/decap-cms/dist/9003.decap-cms.js", "/* a part */");
  site.write("node_modules/decap-cms/dist/f728dc876b39e5273411.wasm", "wasm");
  site.write("node_modules/decap-cms/dist/decap-cms.js.map", "{}");
  site.write("node_modules/decap-cms/dist/cms.js", "/* the older build */");
  auto r = build(site);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err.find("Decap"), std::string::npos) << r.err;
  fs::path admin = fs::path(site.dir()) / "public" / "admin";
  EXPECT_TRUE(fs::exists(admin / "index.html"));
  EXPECT_EQ(read_file((admin / "decap-cms.js").string()), "/* decap */");
  EXPECT_EQ(read_file((admin / "9003.decap-cms.js").string()), "/* a part */");
  EXPECT_TRUE(fs::exists(admin / "decap-cms.js.LICENSE.txt"));
  EXPECT_TRUE(fs::exists(admin / "f728dc876b39e5273411.wasm"));
  EXPECT_FALSE(fs::exists(admin / "decap-cms.js.map"));
  EXPECT_FALSE(fs::exists(admin / "cms.js"));
}

TEST(EditorScript, WithoutDecapTheRestOfTheSiteIsBuiltAndTheBuildSaysWhatToDo) {
  TempSite site;
  site.add_themes();
  auto r = build(site);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("themes/promise/static/admin/index.html:20:1: warning: the web editor's "
                       "script (Decap CMS) is "
                       "not installed, so /admin/ would be a blank page; the rest of the site is "
                       "built \xE2\x80\x94 run `npm ci` (or scripts/setup.sh) in the site's "
                       "folder, then build again"),
            std::string::npos)
      << r.err;
  EXPECT_TRUE(fs::exists(fs::path(site.dir()) / "public" / "index.html"));
}

}  // namespace
}  // namespace promisehub
