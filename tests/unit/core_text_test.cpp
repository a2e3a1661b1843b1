// Text helpers: slugs, ids, escaping and URL safety.
#include <gtest/gtest.h>

#include "core/text.h"

namespace promisehub {
namespace {

TEST(Slugs, AreLowerCaseWordsWithDashes) {
  EXPECT_EQ(slugify("Family Group Decision-Making!"), "family-group-decision-making");
  EXPECT_EQ(slugify("Children's Hearing"), "childrens-hearing");
  EXPECT_EQ(slugify("  CEYP  "), "ceyp");
  EXPECT_EQ(slugify("../../etc/passwd"), "etc-passwd");
  EXPECT_EQ(slugify("***"), "");
}

TEST(Ids, FollowTheSpecPattern) {
  EXPECT_TRUE(is_safe_id("1.1"));
  EXPECT_TRUE(is_safe_id("good-childhood"));
  EXPECT_TRUE(is_safe_id("C1_b"));
  EXPECT_FALSE(is_safe_id("../../x"));
  EXPECT_FALSE(is_safe_id(".hidden"));
  EXPECT_FALSE(is_safe_id("a/b"));
  EXPECT_FALSE(is_safe_id(""));
  EXPECT_FALSE(is_safe_id("two words"));
  EXPECT_TRUE(is_safe_slug("2024-06-30-family-time"));
  EXPECT_FALSE(is_safe_slug("Family_Time"));
}

TEST(Escaping, HtmlXmlAndJson) {
  EXPECT_EQ(escape_html("<a href=\"x\">Tom & 'Jo'</a>"),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jo&#39;&lt;/a&gt;");
  EXPECT_EQ(escape_xml("a < b & \x01 c"), "a &lt; b &amp;  c");
  EXPECT_EQ(escape_json("say \"hi\"\n</script>"), "say \\\"hi\\\"\\n\\u003c/script\\u003e");
}

TEST(Urls, OnlyHttpMailtoTelAndRelative) {
  EXPECT_TRUE(is_safe_url("https://www.childline.org.uk/"));
  EXPECT_TRUE(is_safe_url("mailto:help@example.org"));
  EXPECT_TRUE(is_safe_url("tel:08001111"));
  EXPECT_TRUE(is_safe_url("/static/plan.pdf"));
  EXPECT_TRUE(is_safe_url("../glossary/"));
  EXPECT_TRUE(is_safe_url("#top"));
  EXPECT_FALSE(is_safe_url("javascript:alert(1)"));
  EXPECT_FALSE(is_safe_url(" JavaScript:alert(1)"));
  EXPECT_FALSE(is_safe_url("java\tscript:alert(1)"));
  EXPECT_FALSE(is_safe_url("data:text/html;base64,xx"));
  EXPECT_FALSE(is_safe_url("vbscript:x"));
  EXPECT_FALSE(is_safe_url(""));
}

TEST(Utf8, FindsTheFirstBadByte) {
  EXPECT_TRUE(is_valid_utf8("Café – “quoted”"));
  EXPECT_EQ(first_invalid_utf8("abc\xff"), 3u);
  EXPECT_EQ(first_invalid_utf8("ab\xc3"), 2u);        // cut short
  EXPECT_EQ(first_invalid_utf8("\xed\xa0\x80"), 0u);  // a UTF-16 surrogate
  EXPECT_EQ(first_invalid_utf8("\xc0\xaf"), 0u);      // overlong
  auto [line, col] = line_column_of("one\ntwo é\xff", 9);
  EXPECT_EQ(line, 2);
  EXPECT_EQ(col, 6);
}

TEST(Hints, ClosestMatchSuggestsTypos) {
  EXPECT_EQ(closest_match("stauts", {"status", "title"}).value_or(""), "status");
  EXPECT_FALSE(closest_match("colour", {"status", "title"}).has_value());
}

// What a person would type: two characters swapped is likelier than one added or left out.
TEST(Hints, ClosestMatchPrefersWhatWasSwappedToWhatWasAdded) {
  EXPECT_EQ(closest_match("1.61", {"1.1", "1.6", "1.16"}).value_or(""), "1.16");
  EXPECT_EQ(closest_match("plian", {"plan", "plain"}).value_or(""), "plain");
  EXPECT_EQ(closest_match("1.7", {"1.1", "1.6", "1.16"}).value_or(""), "1.1")
      << "equally close and as long: the first";
}

}  // namespace
}  // namespace promisehub
