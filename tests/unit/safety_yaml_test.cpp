// Loading hostile bytes and YAML: every problem is a located error, in bounded time, never a
// crash or a walk that does not end.
#include <gtest/gtest.h>

#include <chrono>

#include "load/front_matter.h"
#include "load/loaders.h"
#include "load/source_text.h"
#include "load/yaml_document.h"

namespace promisehub {
namespace {

std::vector<std::string> messages(const Diagnostics& diags) {
  std::vector<std::string> out;
  for (const auto& d : diags.sorted()) out.push_back(d.to_string());
  return out;
}

std::string all(const Diagnostics& diags) {
  std::string s;
  for (const auto& m : messages(diags)) s += m + "\n";
  return s;
}

std::optional<YAML::Node> yaml(const std::string& text, Diagnostics& diags, int first_line = 1) {
  SourceText source{"x.yaml", text};
  return parse_yaml(source, text, first_line, diags);
}

TEST(SafeYaml, AnAliasInsideItsOwnAnchorIsAnError) {
  for (const char* text :
       {"a: &a [*a]", "- &a [*a]", "a: &a {b: *a}", "a: &a\n  b:\n    c: *a\n"}) {
    Diagnostics diags;
    EXPECT_FALSE(yaml(text, diags)) << text;
    EXPECT_NE(all(diags).find("error: the alias *a is inside its own anchor &a"), std::string::npos)
        << text << "\n"
        << all(diags);
  }
}

TEST(SafeYaml, AliasesThatExpandTooFarAreAnError) {
  std::string text = "a: &a [x,x,x,x,x,x,x,x,x,x]\n";
  std::string prev = "a";
  for (char c = 'b'; c <= 'j'; ++c) {
    text += std::string(1, c) + ": &" + c + " [";
    for (int i = 0; i < 10; ++i) text += (i ? ",*" : "*") + prev;
    text += "]\n";
    prev = std::string(1, c);
  }
  Diagnostics diags;
  auto start = std::chrono::steady_clock::now();
  EXPECT_FALSE(yaml(text, diags));
  EXPECT_LT(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(), 5.0);
  EXPECT_NE(all(diags).find("x.yaml:5:"), std::string::npos) << all(diags);  // while expanding *d
  EXPECT_NE(all(diags).find("error: aliases (*name) make this YAML stand for more than"),
            std::string::npos);
}

TEST(SafeYaml, FewAliasesOfSmallValuesAreFine) {
  Diagnostics diags;
  auto node = yaml("a: &l [x, y]\nb: *l\nc: [*l, *l]\nd: &s text\ne: *s\n", diags);
  ASSERT_TRUE(node) << all(diags);
  EXPECT_EQ((*node)["c"][1][1].as<std::string>(), "y");
}

TEST(SafeYaml, OneDocumentPerFile) {
  Diagnostics diags;
  EXPECT_FALSE(yaml("title: x\n---\ntitle: y\n", diags));
  EXPECT_NE(all(diags).find("x.yaml:2:1: error: a second YAML document starts here"),
            std::string::npos)
      << all(diags);
}

TEST(SafeYaml, DeepNestingIsAnError) {
  for (const std::string& text : {std::string(100000, '['), std::string(50000, '{'), [] {
                                    std::string s;
                                    for (int i = 0; i < 5000; ++i) s += "- ";
                                    return s + "x";
                                  }()}) {
    Diagnostics diags;
    EXPECT_FALSE(yaml(text, diags));
    EXPECT_NE(all(diags).find("error: the YAML is nested too deeply"), std::string::npos)
        << all(diags);
  }
}

TEST(SafeYaml, AnEmptyDocumentIsLocatedAtItsStart) {
  Diagnostics diags;
  SourceText source{"content/updates/x.md", "---\n---\nText"};
  auto fm = split_front_matter(source, diags);
  ASSERT_TRUE(fm);
  auto update = load_update(source, "x", diags);
  EXPECT_FALSE(update);
  EXPECT_NE(all(diags).find("content/updates/x.md:1:1: error: the update should be a set of `key: "
                            "value` lines, but it is empty"),
            std::string::npos)
      << all(diags);
}

TEST(SafeSource, BomCrlfAndBadBytes) {
  Diagnostics diags;
  auto ok = accept_source_text("a.yaml", "\xEF\xBB\xBFtitle: x\r\nplain: y\rz\r\n", diags);
  ASSERT_TRUE(ok);
  EXPECT_EQ(ok->text, "title: x\nplain: y\nz\n");

  auto bad = accept_source_text("a.yaml", "title: ok\nplain: caf\xC3(\n", diags);
  EXPECT_FALSE(bad);
  auto overlong = accept_source_text("b.yaml", "a: \xC0\xAF", diags);
  EXPECT_FALSE(overlong);
  auto surrogate = accept_source_text("c.yaml", "\xED\xA0\x80", diags);
  EXPECT_FALSE(surrogate);
  auto escape = accept_source_text("d.yaml", "title: \x1B[31mred", diags);
  EXPECT_FALSE(escape);
  auto m = all(diags);
  EXPECT_NE(m.find("a.yaml:2:11: error: this file is not valid UTF-8 text"), std::string::npos)
      << m;
  EXPECT_NE(m.find("b.yaml:1:4: error: this file is not valid UTF-8 text"), std::string::npos) << m;
  EXPECT_NE(m.find("c.yaml:1:1: error: this file is not valid UTF-8 text"), std::string::npos) << m;
  EXPECT_NE(m.find("d.yaml:1:8: error: this file contains a control character (U+001B)"),
            std::string::npos)
      << m;
}

TEST(SafeSource, TooLargeIsRefusedBeforeAnythingElse) {
  Diagnostics diags;
  EXPECT_FALSE(accept_source_text("big.yaml", std::string(kMaxContentFileBytes + 1, 'a'), diags));
  EXPECT_NE(
      all(diags).find("big.yaml:1:1: error: this file is 9 MiB, more than the limit of 8 MiB"),
      std::string::npos)
      << all(diags);
}

TEST(SafeSource, AMarkdownBodyHasItsOwnLimit) {
  std::string text = "---\ntitle: Long\ndate: 2024-07-01\nplan: p\n---\n" +
                     std::string(kMaxMarkdownBytes + 1, 'a');
  Diagnostics diags;
  auto source = accept_source_text("content/updates/2024-07-01-long.md", text, diags);
  ASSERT_TRUE(source);
  EXPECT_FALSE(load_update(*source, "2024-07-01-long", diags));
  EXPECT_NE(all(diags).find(
                "content/updates/2024-07-01-long.md:6:1: error: this Markdown text is 1024 KiB"),
            std::string::npos)
      << all(diags);
}

TEST(SafeLoaders, APlanFileNameMustBeAnId) {
  Diagnostics diags;
  SourceText source{"content/plans/my plan.yaml", "title: x\nactions: []\n"};
  load_plan(source, "my plan", diags);
  EXPECT_NE(all(diags).find("content/plans/my plan.yaml:1:1: error: the file name `my plan.yaml` "
                            "cannot be used in a web address"),
            std::string::npos)
      << all(diags);
}

TEST(SafeLoaders, ManyActionsAndTermsLoadQuickly) {
  std::string plan = "title: Big\nactions:\n", glossary;
  for (int i = 0; i < 20000; ++i) {
    plan +=
        "  - {id: \"a" + std::to_string(i % 19999) + "\", title: t, plain: p, status: underway}\n";
    glossary += "- {term: \"Term " + std::to_string(i) + "!\", plain: p}\n- {term: \"Term " +
                std::to_string(i) + "?\", plain: q}\n";
  }
  Diagnostics diags;
  auto start = std::chrono::steady_clock::now();
  auto loaded = load_plan({"content/plans/big.yaml", plan}, "big", diags);
  auto terms = load_glossary({"content/glossary.yaml", glossary}, diags);
  // Duplicate checks were quadratic (80,000 actions took most of a minute); now linear.
  EXPECT_LT(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(), 30.0);
  ASSERT_TRUE(loaded);
  EXPECT_EQ(loaded->actions.size(), 20000u);
  EXPECT_EQ(diags.error_count(), 1u) << all(diags).substr(0, 500);  // a0 twice
  ASSERT_EQ(terms.size(), 40000u);
  EXPECT_EQ(terms[0].slug, "term-0");
  EXPECT_EQ(terms[1].slug, "term-0-2");
}

// One 3 MB title became 459 MiB of pages (it is copied onto every page that lists the update):
// every text field read from YAML has a limit, by kind, said at the value's file:line:col.
TEST(SafeLoaders, TextFieldsHaveLengthLimits) {
  auto update = [](const std::string& title) {
    return "---\ntitle: " + title + "\ndate: 2024-07-01\nplan: p\n---\nBody.\n";
  };
  Diagnostics diags;
  std::string path = "content/updates/2024-07-01-news.md";
  load_update({path, update(std::string(501, 'a'))}, "2024-07-01-news", diags);
  EXPECT_EQ(all(diags),
            path +
                ":2:8: error: `title` in the update is 501 characters long, more than the "
                "limit of 500 \xE2\x80\x94 shorten it: a one-line field (a title, a name, a "
                "term) is shown wherever the thing is listed; longer words belong in `plain` "
                "or the Markdown body\n");
  // Characters, not bytes: 500 of "é" is 1,000 bytes, and allowed.
  Diagnostics ok;
  std::string e500;
  for (int i = 0; i < 500; ++i) e500 += "\xC3\xA9";
  EXPECT_TRUE(load_update({path, update(e500)}, "2024-07-01-news", ok));
  EXPECT_TRUE(load_update({path, update(std::string(500, 'a'))}, "2024-07-01-news", ok));
  EXPECT_EQ(ok.error_count(), 0u) << all(ok);

  // Paragraphs (plain versions and the like) may be 5,000 characters, in lists too.
  Diagnostics plan_diags;
  std::string plan = "title: P\nplain: " + std::string(5001, 'p') +
                     "\nactions:\n  - {id: \"1\", title: t, plain: " + std::string(5000, 'q') +
                     ", status: underway, measures: [\"" + std::string(5001, 'm') + "\"]}\n";
  load_plan({"content/plans/p.yaml", plan}, "p", plan_diags);
  std::string m = all(plan_diags);
  EXPECT_NE(m.find("content/plans/p.yaml:2:8: error: `plain` in the plan is 5001 characters long, "
                   "more than the limit of 5000 \xE2\x80\x94 keep it to a short paragraph"),
            std::string::npos)
      << m.substr(0, 400);
  EXPECT_NE(m.find("error: `measures` in action 1 is 5001 characters long"), std::string::npos)
      << m.substr(0, 400);
  EXPECT_EQ(plan_diags.error_count(), 2u) << m.substr(0, 400);

  // Markdown fields share the bodies' 1 MiB; a glossary term is one line.
  Diagnostics more;
  load_plan(
      {"content/plans/p.yaml", "title: P\nsummary: " + std::string(kMaxMarkdownBytes + 1, 's')},
      "p", more);
  load_glossary({"content/glossary.yaml", "- term: " + std::string(600, 't') + "\n  plain: p\n"},
                more);
  m = all(more);
  EXPECT_NE(m.find("content/plans/p.yaml:2:10: error: `summary` in the plan is 1024 KiB, more than "
                   "the limit of 1024 KiB for a Markdown text"),
            std::string::npos)
      << m.substr(0, 400);
  EXPECT_NE(m.find("content/glossary.yaml:1:9: error: `term` in a glossary entry is 600 "
                   "characters long, more than the limit of 500"),
            std::string::npos)
      << m.substr(0, 400);

  // A theme written as a bare word is read like any other field.
  Diagnostics site_diags;
  load_site_config({"content/site.yaml",
                    "title: Hub\nbase_url: https://hub.example.org/\n"
                    "language: en-GB\nthemes: [" +
                        std::string(501, 'h') + ", \"a\\x1bb\"]\n"},
                   site_diags);
  m = all(site_diags);
  EXPECT_NE(m.find("content/site.yaml:4:10: error: `themes` in the site is 501 characters long"),
            std::string::npos)
      << m.substr(0, 400);
  EXPECT_NE(m.find("content/site.yaml:4:513: error: `themes` in the site contains a control "
                   "character (U+001B)"),
            std::string::npos)
      << m.substr(0, 400);
}

TEST(SafeFrontMatter, FencesAndBodies) {
  Diagnostics diags;
  auto fm = split_front_matter({"u.md", "---\ntitle: x\n---\nBody\n---\nmore"}, diags);
  ASSERT_TRUE(fm);
  EXPECT_EQ(fm->yaml, "title: x\n");
  EXPECT_EQ(fm->body, "Body\n---\nmore");
  EXPECT_EQ(fm->body_first_line, 4);
  EXPECT_FALSE(split_front_matter({"v.md", "---"}, diags));
  EXPECT_FALSE(split_front_matter({"w.md", "   \n\n"}, diags));
  auto m = all(diags);
  EXPECT_NE(m.find("v.md:1:1: error: the front matter that starts here is never closed"),
            std::string::npos)
      << m;
  EXPECT_NE(m.find("w.md:1:1: error: this file is empty"), std::string::npos) << m;
}

}  // namespace
}  // namespace promisehub
