// The glossary linker: terms found as the reader sees the text (apostrophes, '&', references),
// never inside a reference, a tag or an element where a link would break meaning, and in work
// that grows with the page, not with the glossary.
#include "render/glossary_linker.h"

#include <gtest/gtest.h>

#include <regex>

#include "core/text.h"
#include "hostile/html_safety.h"
#include "render/markdown.h"

namespace promisehub {
namespace {

std::string md(const std::string& text) {
  MarkdownOptions o;
  o.id_prefix = "t-";
  return render_markdown(text, o);
}

GlossaryEntry entry(const std::string& term, const std::string& means = "") {
  return {{term, {}}, means, {"Plain words.", {}}, slugify(term)};
}

GlossaryLinker linker_for(const std::vector<std::string>& terms) {
  std::vector<GlossaryEntry> entries;
  for (const auto& t : terms) entries.push_back(entry(t));
  return GlossaryLinker(entries, "/glossary/");
}

std::string term_link(const std::string& slug, const std::string& words) {
  return "<a class=\"term\" href=\"/glossary/#" + slug + "\">" + words + "</a>";
}

const std::string kRsquo = "\xE2\x80\x99";  // ’, what smart punctuation makes of '

// No markup inside a character reference ("&<a …>quot</a>;"), and nothing that could run.
void expect_whole_references(const std::string& html) {
  static const std::regex kBroken("&#?[A-Za-z0-9]*<(?:a|abbr|/a|/abbr)[ >]");
  EXPECT_FALSE(std::regex_search(html, kBroken)) << html;
  EXPECT_TRUE(hostile::html_dangers(html).empty()) << html;
}

TEST(GlossaryLinker, TheFirstUseOfEachTermWhereItStands) {
  auto linker = linker_for({"Corporate parent", "Corporate parenting", "care plan"});
  EXPECT_EQ(linker.apply("<p>Corporate parenting is what a corporate parent does. Corporate "
                         "parenting again, and a care planner.</p>"),
            "<p>" + term_link("corporate-parenting", "Corporate parenting") + " is what a " +
                term_link("corporate-parent", "corporate parent") +
                " does. Corporate parenting again, and a care planner.</p>");
  // Not in headings, links, code and the like; the first use outside them is explained.
  EXPECT_EQ(linker.apply("<h2>Care plan</h2><p><a href=\"/x\">care plan</a> <code>care "
                         "plan</code> <em>care plan</em></p>"),
            "<h2>Care plan</h2><p><a href=\"/x\">care plan</a> <code>care plan</code> <em>" +
                term_link("care-plan", "care plan") + "</em></p>");
}

TEST(GlossaryLinker, AcronymsInCapitalsWithTheirPlural) {
  GlossaryLinker linker({entry("CEYP", "care experienced young people")}, "/glossary/");
  EXPECT_EQ(linker.apply("<p>ceyp, Ceyp, then CEYPs and CEYP.</p>"),
            "<p>ceyp, Ceyp, then <abbr title=\"care experienced young people\">CEYPs</abbr> and "
            "CEYP.</p>");
  EXPECT_EQ(linker.apply(md("The CEYP's view.")),
            "<p>The <abbr title=\"care experienced young people\">CEYP</abbr>" + kRsquo +
                "s view.</p>\n");
}

TEST(GlossaryLinker, EntriesForTheSameWordsAreExplainedOnce) {
  std::vector<GlossaryEntry> entries{entry("Care plan"), entry("care  plan"), entry("Kinship")};
  entries[1].slug = "care-plan-2";
  GlossaryLinker linker(entries, "/glossary/");
  EXPECT_EQ(linker.apply("<p>A care plan, a care plan, kinship.</p>"),
            "<p>A " + term_link("care-plan", "care plan") + ", a care plan, " +
                term_link("kinship", "kinship") + ".</p>");
}

TEST(GlossaryLinker, MatchesTermsAsTheReaderSeesThem) {
  auto linker = linker_for({"Children's Hearing", "Health & Social Care"});
  const std::string curly = "Children" + kRsquo + "s Hearing";
  const std::string hearing = term_link(slugify("Children's Hearing"), curly);
  // Smart punctuation turns the straight apostrophe into ’; the glossary has the straight one.
  std::string html = md("You may go to a Children's Hearing. A Children's Hearing is a meeting.");
  ASSERT_NE(html.find(curly), std::string::npos) << html;
  EXPECT_EQ(linker.apply(html), replace_all(html, "a " + curly + ".", "a " + hearing + "."))
      << "the first only";
  // Written with ’ in the text, or in the glossary.
  EXPECT_NE(linker.apply(md("At a " + curly)).find(hearing), std::string::npos);
  EXPECT_NE(linker_for({curly})
                .apply(md("At a Children's Hearing"))
                .find("<a class=\"term\" href=\"/glossary/#" + slugify(curly) + "\">"),
            std::string::npos);
  // As templates and other generators escape it, and across a line break.
  for (const char* apostrophe : {"&#39;", "&#x27;", "&apos;", "&rsquo;", "&#8217;", "&#x2019;"}) {
    std::string words = std::string("Children") + apostrophe + "s Hearing";
    EXPECT_EQ(linker.apply("<p>A " + words + "!</p>"),
              "<p>A " + term_link(slugify("Children's Hearing"), words) + "!</p>")
        << apostrophe;
  }
  EXPECT_NE(linker.apply(md("a Children's\nHearing"))
                .find(term_link(slugify("Children's Hearing"), "Children" + kRsquo + "s\nHearing")),
            std::string::npos);
  // "&" is "&amp;" in HTML.
  html = md("Ask Health & Social Care.");
  ASSERT_NE(html.find("Health &amp; Social Care"), std::string::npos) << html;
  EXPECT_EQ(linker.apply(html),
            "<p>Ask " + term_link("health-social-care", "Health &amp; Social Care") + ".</p>\n");
  EXPECT_EQ(linker.apply("<p>Health &#38; Social Care</p>"),
            "<p>" + term_link("health-social-care", "Health &#38; Social Care") + "</p>");
}

TEST(GlossaryLinker, LettersBeyondAsciiInAnyCase) {
  auto linker = linker_for({"Caf\xC3\xA9 club"});  // Café club
  EXPECT_EQ(linker.apply("<p>The CAF\xC3\x89 CLUB meets.</p>"),
            "<p>The " + term_link("caf-club", "CAF\xC3\x89 CLUB") + " meets.</p>");
  EXPECT_EQ(linker.apply("<p>Caf&eacute; club</p>"),
            "<p>" + term_link("caf-club", "Caf&eacute; club") + "</p>");
  // A letter beyond ASCII goes on the word: "Café clubé" is another word.
  EXPECT_EQ(linker.apply("<p>Caf\xC3\xA9 club\xC3\xA9</p>"), "<p>Caf\xC3\xA9 club\xC3\xA9</p>");
}

TEST(GlossaryLinker, NeverWritesInsideAReferenceOrATag) {
  // Terms spelled like the insides of character references.
  auto linker = linker_for({"quot", "amp", "lt", "gt", "nbsp", "rsquo", "39", "x27", "x2019"});
  std::string html = md("\\\"Quotes\\\" & \\<angles\\> and it's 'here' now.") +
                     "<p title=\"quot amp\">It&#39;s &#x27;here&#x27;&nbsp;now&rsquo;&#x2019;</p>";
  ASSERT_NE(html.find("&quot;Quotes&quot; &amp; &lt;angles&gt;"), std::string::npos) << html;
  EXPECT_EQ(linker.apply(html), html);
  // Where the words are real words, they are explained, and the references stay whole.
  html = "<p>&quot;quot&quot; and &amp;amp; and &lt;lt&gt; and x27&#39;s&nbsp;rsquo</p>";
  std::string out = linker.apply(html);
  EXPECT_EQ(out, "<p>&quot;" + term_link("quot", "quot") + "&quot; and &amp;" +
                     term_link("amp", "amp") + "; and &lt;" + term_link("lt", "lt") + "&gt; and " +
                     term_link("x27", "x27") + "&#39;s&nbsp;" + term_link("rsquo", "rsquo") +
                     "</p>");
  expect_whole_references(out);
  for (const char* text :
       {"&quot;&quot;&amp;&amp&ampx;&lt&#39&#x27&#;&#x;&unknown;&&&;&#1234567890123;",
        "&rsquo;s &nbsp;nbsp &#39;39&#39; &x2019; &#x2019"}) {
    std::string page = "<p>" + std::string(text) + "</p>";
    expect_whole_references(linker.apply(page));
  }
  // Nor in an attribute, where the term is in the tag's own text.
  auto care = linker_for({"care plan"});
  EXPECT_EQ(care.apply("<p><img alt=\"care plan\" src=\"/care plan.png\"> care plan</p>"),
            "<p><img alt=\"care plan\" src=\"/care plan.png\"> " +
                term_link("care-plan", "care plan") + "</p>");
}

// The work (characters looked up in the automaton) for a page is about one step per character,
// with 20,000 terms as with one: before, each word start was compared with every term sharing
// its first letter, and each link looked at every term (a 20,000-term glossary made a long
// update take 37 s). Counted, not timed.
TEST(GlossaryLinker, WorkGrowsWithThePageNotTheGlossary) {
  std::vector<std::string> many{"Children's Hearing"};
  for (int i = 0; i < 20000; ++i) many.push_back("Support plan " + std::to_string(i));
  many.push_back("Never used");  // so that neither stops early, all explained
  auto big = linker_for(many);
  auto small = linker_for({"Children's Hearing", "Support plan 7", "Never used"});
  std::string html;  // 3 MB
  for (int i = 0; i < 21000; ++i) {
    html += "<p>Support for families: support plans, a Support plan " + std::to_string(i) +
            " and Support plan number two, at a Children&#39;s Hearing &amp; more.</p>\n";
  }
  GlossaryLinker::Linked a = small.link(html), b = big.link(html);
  EXPECT_LE(b.steps, 2 * html.size());
  EXPECT_LE(b.steps, a.steps + a.steps / 4) << a.steps;
  // And what is linked is right: each of the 20,000 numbers once, the hearing once.
  std::size_t links = 0;
  for (std::size_t at = b.html.find("class=\"term\""); at != std::string::npos;
       at = b.html.find("class=\"term\"", at + 1))
    ++links;
  EXPECT_EQ(links, 20001u);
  EXPECT_NE(b.html.find(term_link("support-plan-19999", "Support plan 19999")), std::string::npos);
}

}  // namespace
}  // namespace promisehub
