// content/static/ is published as it is, on the site's own address, and it is the web editor's
// upload folder: a web page, a script or an SVG picture holding one there could read what the
// editor keeps in the browser (its GitHub sign-in). Such files are errors at the file (and line)
// unless site.yaml says `allow_active_static: true`; pictures and PDFs pass.
#include <gtest/gtest.h>

#include "core/active_content.h"
#include "core/text.h"
#include "support/temp_site.h"

namespace promisehub {
namespace {

using testing::TempSite;

std::string what_runs(const std::string& svg) {
  auto found = active_content_in_svg(svg);
  return found ? found->what + " at " + std::to_string(found->line) + ":" +
                     std::to_string(found->column)
               : std::string();
}

TEST(ActiveContent, PagesScriptsAndXmlAreActiveByTheirKind) {
  for (const char* name : {"a.html", "b.HTM", "c.xhtml", "d.js", "e.mjs", "f.xml", "g.xsl",
                           "h.svgz", "i.wasm", "dir/j.shtml"})
    EXPECT_TRUE(active_kind_of(name)) << name;
  for (const char* name : {"plan.pdf", "logo.png", "photo.JPG", "chart.svg", "notes.txt",
                           "data.csv", "report.docx", "README", ".html"})
    EXPECT_FALSE(active_kind_of(name)) << name;
  EXPECT_TRUE(needs_content("logo.SVG"));
  EXPECT_FALSE(needs_content("plan.pdf"));
}

TEST(ActiveContent, APlainSvgFromADrawingProgramPasses) {
  EXPECT_EQ(what_runs(R"(<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
<!-- Generator: a drawing program -->
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
     xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" viewBox="0 0 10 10">
  <style>.a{fill:#c00}</style>
  <defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient></defs>
  <a href="https://www.example.org/"><title>Link &amp; logo</title></a>
  <image xlink:href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/>
  <use href="#g"/><text font-family="Open Sans">a &lt; b</text>
  <sodipodi:namedview inkscape:zoom="1" pagecolor="#ffffff"/>
  <![CDATA[ <script> in character data is text ]]>
  <animateTransform attributeName="transform" type="rotate" from="0" to="360"/>
</svg>
)"),
            "");
}

TEST(ActiveContent, EverythingInAnSvgThatCanRunIsFoundWithItsLine) {
  EXPECT_EQ(what_runs("<svg>\n  <script>alert(1)</script></svg>"), "a <script> element at 2:3");
  EXPECT_EQ(what_runs("<svg><svg:SCRIPT xmlns:svg='http://www.w3.org/2000/svg'/></svg>"),
            "a <svg:SCRIPT> element at 1:6");
  EXPECT_EQ(what_runs("<svg><foreignObject><iframe/></foreignObject></svg>"),
            "a <foreignObject> element at 1:6");
  EXPECT_EQ(what_runs("<svg\n onload=\"alert(1)\"/>"), "an event handler (onload=…) at 2:2");
  EXPECT_EQ(what_runs("<svg><rect x:OnClick='a()'/></svg>"),
            "an event handler (x:OnClick=…) at 1:12");
  EXPECT_EQ(what_runs("<svg><a xlink:href=\"java&#x09;script&#58;alert(1)\">x</a></svg>"),
            "a script address (xlink:href=\"javascript:…\") at 1:9");
  EXPECT_EQ(what_runs("<svg><a href='data:text/html,&lt;script>'>x</a></svg>"),
            "a data: address that is not a picture (href=…) at 1:9");
  EXPECT_EQ(what_runs("<svg><set attributeName=\"xlink:href\" to=\"#a\"/></svg>"),
            "an animation that changes a link or a handler (attributeName=\"xlink:href\") at "
            "1:11");
  EXPECT_EQ(what_runs("<!DOCTYPE svg [<!ENTITY s \"&#60;script&#62;\">]><svg>&s;</svg>"),
            "a DOCTYPE with declarations of its own, which can hide markup at 1:1");
  EXPECT_EQ(what_runs("<?xml-stylesheet type=\"text/xsl\" href=\"x.xsl\"?><svg/>"),
            "a processing instruction (<?xml-stylesheet …?>) at 1:1");
  EXPECT_EQ(what_runs("<svg><rect width='1"),
            "markup that is never finished, so the rest cannot be checked at 1:6");
  EXPECT_EQ(what_runs("<svg><a title=\"<script>\"/></svg>"),
            "a '<' inside a tag, so the picture is not well-formed XML at 1:9");
  EXPECT_EQ(what_runs("<svg><svg:script[ xmlns:svg='http://www.w3.org/2000/svg'/></svg>"),
            "the name `svg:script[`, which XML does not allow, so the picture is not well-formed "
            "at 1:6");
  EXPECT_EQ(what_runs("<svg><<script>x</svg>"),
            "a '<' inside a tag, so the picture is not well-formed XML at 1:6");
  EXPECT_EQ(what_runs("<!DOCTYPE svg \"<script>\"><svg/>"),
            "a '<' inside a tag, so the picture is not well-formed XML at 1:1");
  EXPECT_EQ(what_runs("<!-->a -- b<script>x()</script>-->"),
            "a comment with `--` inside it, so the picture is not well-formed XML at 1:1");
  EXPECT_EQ(what_runs("<svg><!x:script>"),
            "a `<!` that is not a comment, CDATA or DOCTYPE, so the picture is not well-formed XML "
            "at 1:6");
  EXPECT_EQ(what_runs("<svg><!-- <script>"),
            "markup that is never finished, so the rest cannot be checked at 1:6");
}

TEST(StaticFiles, ActiveFilesAreErrorsAtTheFileWithAHint) {
  TempSite site;
  site.write("content/static/files/plan.pdf", "%PDF-1.4\n");
  site.write("content/static/files/logo.svg", "<svg xmlns='http://www.w3.org/2000/svg'/>\n");
  site.write("content/static/files/steal.html", "<script src=steal.js></script>\n");
  site.write("content/static/files/steal.js", "fetch('/admin/')\n");
  site.write("content/static/files/chart.svg", "<svg>\n<script>alert(1)</script>\n</svg>\n");
  auto messages = site.messages();
  ASSERT_EQ(messages.size(), 3u) << join(messages, "\n");
  EXPECT_TRUE(testing::any_message_has(
      messages, {"content/static/files/chart.svg:2:1: error: this file would run as a program",
                 "a <script> element", "allow_active_static: true"}))
      << join(messages, "\n");
  EXPECT_TRUE(testing::any_message_has(
      messages, {"content/static/files/steal.html: error:", "a web page (.html)",
                 "save it as a PDF or a PNG picture"}));
  EXPECT_TRUE(
      testing::any_message_has(messages, {"content/static/files/steal.js: error:", "a script"}));
}

TEST(StaticFiles, TheSiteCanAllowThemAndSaysSoInSiteYaml) {
  TempSite site;
  site.write("content/site.yaml", std::string(TempSite::kSiteYaml) + "allow_active_static: true\n");
  site.write("content/static/game/index.html", "<script src=game.js></script>\n");
  EXPECT_TRUE(site.messages().empty()) << join(site.messages(), "\n");
}

}  // namespace
}  // namespace promisehub
