// Text helpers on hostile input: URL kinds, web addresses, ids, escaping for each place a value
// is written, and replace_all staying linear.
#include <gtest/gtest.h>

#include <chrono>

#include "core/text.h"

namespace promisehub {
namespace {

TEST(SafeUrls, SchemesHiddenByCaseSpacesAndControlsAreFound) {
  for (const char* bad : {"javascript:alert(1)", "  javascript:alert(1)", "\x01javascript:alert(1)",
                          "java\nscript:alert(1)", "JAVASCRIPT:alert(1)", "vbscript:x", "data:,x",
                          "DATA:image/png;base64,AA", "file:///etc/passwd", "livescript:x", ""}) {
    EXPECT_FALSE(is_safe_url(bad)) << bad;
  }
  for (const char* good :
       {"https://a.example/", "HTTP://a.example/", "mailto:x@a.example", "tel:+44116123",
        "/static/plan.pdf", "plan.pdf", "./x", "?q=1", "#top", "a/b:c", "//a.example/"}) {
    EXPECT_TRUE(is_safe_url(good)) << good;
  }
}

TEST(WebAddresses, AreFullHttpAddressesWithNothingThatBreaksOut) {
  EXPECT_TRUE(is_web_address("https://www.childline.org.uk/"));
  EXPECT_TRUE(is_web_address("http://council.example/promise/?a=1&b=2"));
  EXPECT_TRUE(is_web_address("https://comhairle.example/\xC3\xB9r"));  // non-ASCII is fine
  for (const char* bad :
       {"javascript:alert(1)", "https://", "https:///x", "/relative", "ftp://a.example",
        "https://a.example/\nDisallow: /", "https://a.example/ x", "https://a.example/\"",
        "https://a.example/<script>", "https://a.example/\x7F", "data:text/html,x",
        " https://a.example/", "https://a.example/`x`"}) {
    EXPECT_FALSE(is_web_address(bad)) << bad;
  }
}

TEST(SafeIds, CannotClimbOrHide) {
  for (const char* bad :
       {"..", "../x", "x/..", "/etc", ".x", "-x", "a b", "a\\b", "a%2F..", "a\n", ""})
    EXPECT_FALSE(is_safe_id(bad)) << bad;
  EXPECT_TRUE(is_safe_id("a..b"));  // one segment: cannot climb
  EXPECT_FALSE(is_safe_id(std::string(101, 'a')));
  for (const char* bad : {"..", "A", "a_b", "a.b", "-a", "a/b", ""})
    EXPECT_FALSE(is_safe_slug(bad)) << bad;
}

TEST(Escaping, EveryPlaceGetsItsOwn) {
  EXPECT_EQ(escape_html("<a href=\"x\" title='y'>&</a>"),
            "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  // XML 1.0 cannot hold these at all, even escaped: they are dropped.
  EXPECT_EQ(escape_xml(std::string("a\x01\x1F"
                                   "b\xEF\xBF\xBE"
                                   "c\xEF\xBF\xBF"
                                   "d\xEF\xBF\xBD",
                                   15)),
            "abcd\xEF\xBF\xBD");
  EXPECT_EQ(escape_xml("<x a=\"1\">'&'</x>"),
            "&lt;x a=&quot;1&quot;&gt;&apos;&amp;&apos;&lt;/x&gt;");
  EXPECT_EQ(escape_json("</script><!--\"\\\n"), "\\u003c/script\\u003e\\u003c!--\\\"\\\\\\n");
  EXPECT_EQ(escape_json("a\xE2\x80\xA8"
                        "b\xE2\x80\xA9"
                        "c\xE2\x80\x99"),
            "a\\u2028b\\u2029c\xE2\x80\x99");
  EXPECT_EQ(escape_json(std::string("\x00\x1B", 2)), "\\u0000\\u001b");
}

TEST(Utf8Repair, EachBadByteAndNulBecomesAReplacementCharacter) {
  EXPECT_EQ(to_valid_utf8("ok \xC3\xA9"), "ok \xC3\xA9");
  EXPECT_EQ(to_valid_utf8(std::string("a\0b\xFF\xC3", 5)),
            "a\xEF\xBF\xBD"
            "b\xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_TRUE(is_valid_utf8(to_valid_utf8("\xED\xA0\x80\xF4\x90\x80\x80\xC0\xAF")));
}

TEST(ReplaceAll, IsLinearInTheNumberOfReplacements) {
  std::string many;
  for (int i = 0; i < 300000; ++i) many += "<input disabled=\"\" />";
  auto start = std::chrono::steady_clock::now();
  std::string out = replace_all(many, "disabled=\"\" />", "disabled>");
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_LT(seconds, 2.0);
  EXPECT_EQ(out.size(), 300000u * std::string("<input disabled>").size());
  EXPECT_EQ(replace_all("aaa", "a", "aa"), "aaaaaa");
  EXPECT_EQ(replace_all("abc", "", "x"), "abc");
  EXPECT_EQ(replace_all("xabcx", "abc", ""), "xx");
}

}  // namespace
}  // namespace promisehub
