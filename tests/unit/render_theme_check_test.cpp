// Theme mistakes are errors at the template's file and line, found when the theme is loaded:
// before these checks a partial including itself crashed the build (SIGSEGV, no message) and an
// unclosed section emptied the page with exit 0.
#include <gtest/gtest.h>

#include <boost/filesystem.hpp>

#include "render/template_check.h"
#include "render/theme.h"
#include "support/temp_site.h"

namespace fs = boost::filesystem;

namespace promisehub {
namespace {

std::vector<std::string> problems(const TemplateSet& templates, const TemplateSet& partials) {
  Diagnostics diags;
  check_templates(templates, partials, diags);
  std::vector<std::string> out;
  for (const auto& d : diags.sorted()) out.push_back(d.to_string());
  return out;
}

TemplateSet one(const std::string& name, const std::string& text) {
  return {{name, {"t/" + name + ".mustache", text}}};
}

TEST(TemplateCheck, TheThemesOwnTemplatesPass) {
  testing::TempSite site;
  site.add_themes();
  Diagnostics diags;
  ASSERT_TRUE(load_theme(site.dir(), "promise", diags)) << diags.all().size();
  EXPECT_EQ(diags.all().size(), 0u);
}

TEST(TemplateCheck, AnUnclosedSectionIsAnErrorAtItsLine) {
  auto p = problems(one("home", "<main>\n  {{#updates}}\n  <p>{{title}}</p>\n</main>\n"), {});
  ASSERT_EQ(p.size(), 1u);
  EXPECT_NE(p[0].find("t/home.mustache:2:3: error: the section {{#updates}} is never closed"),
            std::string::npos)
      << p[0];
}

TEST(TemplateCheck, AMismatchedCloseNamesBothSections) {
  auto p = problems(one("home", "{{#a}}\n{{^b}}x{{/a}}\n"), {});
  ASSERT_EQ(p.size(), 1u) << p[0];
  EXPECT_NE(p[0].find("t/home.mustache:2:8: error: {{/a}} closes `a`, but the section open "
                      "here is {{^b}} from line 2"),
            std::string::npos)
      << p[0];
}

TEST(TemplateCheck, ACloseWithoutAnOpenAndAnUnendedTagAreErrors) {
  auto p = problems(one("home", "x{{/a}}\n{{title"), {});
  ASSERT_EQ(p.size(), 2u);
  EXPECT_NE(p[0].find("t/home.mustache:1:2: error: {{/a}} closes a section that was never opened"),
            std::string::npos)
      << p[0];
  EXPECT_NE(p[1].find("t/home.mustache:2:1: error: this `{{` is never closed with `}}`"),
            std::string::npos)
      << p[1];
}

TEST(TemplateCheck, BalancedSectionsCommentsTriplesAndNewDelimitersPass) {
  EXPECT_TRUE(problems(one("home",
                           "{{! a {{#note}} }}{{#a}}{{{html}}}{{^b}}{{/b}}{{/a}}\n"
                           "{{=<% %>=}}<%#c%>{{/c}}<%/c%>"),
                       {})
                  .empty());
}

TEST(TemplateCheck, APartialThatIncludesItselfIsAnError) {
  auto p = problems(one("home", "{{> card}}"), one("card", "<div>\n{{#more}}{{> card}}{{/more}}"));
  ASSERT_EQ(p.size(), 1u);
  EXPECT_NE(p[0].find("t/card.mustache:2:10: error: the partial `card` includes itself"),
            std::string::npos)
      << p[0];
}

TEST(TemplateCheck, ALoopThroughOtherPartialsIsOneErrorNamingTheLoop) {
  TemplateSet partials = one("a", "{{> b}}");
  partials.merge(one("b", "{{> c}}"));
  partials.merge(one("c", "x\n{{> a}}"));
  auto p = problems(one("home", "{{> a}}"), partials);
  ASSERT_EQ(p.size(), 1u);
  EXPECT_NE(p[0].find("t/c.mustache:2:1: error: the partial `a` includes itself through b, c: "
                      "a → b → c → a"),
            std::string::npos)
      << p[0];
}

TEST(TemplateCheck, AMissingPartialIsAnErrorWithTheNearestName) {
  auto p = problems(one("home", "{{> statis-tag}}"), one("status-tag", "x"));
  ASSERT_EQ(p.size(), 1u);
  EXPECT_NE(p[0].find("t/home.mustache:1:1: error: the theme has no partial `statis-tag` — did "
                      "you mean {{> status-tag}}?"),
            std::string::npos)
      << p[0];
}

// Through load_theme, as build, check and serve load it: the real theme with one mistake.
TEST(TemplateCheck, LoadingABrokenThemeFailsWithTheFileAndLine) {
  testing::TempSite site;
  site.add_themes();
  site.write("themes/promise/templates/partials/late-tag.mustache", "\n\n{{> late-tag}}\n");
  site.write("themes/promise/templates/help.mustache", "{{#help}}\n<p>{{name}}</p>\n");
  Diagnostics diags;
  EXPECT_FALSE(load_theme(site.dir(), "promise", diags));
  std::vector<std::string> messages;
  for (const auto& d : diags.sorted()) messages.push_back(d.to_string());
  ASSERT_EQ(messages.size(), 2u);
  EXPECT_NE(messages[0].find("themes/promise/templates/help.mustache:1:1: error: the section "
                             "{{#help}} is never closed"),
            std::string::npos)
      << messages[0];
  EXPECT_NE(messages[1].find("themes/promise/templates/partials/late-tag.mustache:3:1: error: "
                             "the partial `late-tag` includes itself"),
            std::string::npos)
      << messages[1];
}

}  // namespace
}  // namespace promisehub
