// The theme's words written into templates once per render, as mustache would have written them.
#include <gtest/gtest.h>

#include <mstch/mstch.hpp>

#include "core/text.h"
#include "render/theme_words.h"

namespace promisehub {
namespace {

const mstch::map kWords{
    {"layout", mstch::map{{"leave", std::string("Leave this site")},
                          {"keys_html", std::string("Press <kbd>Shift</kbd> & go")}}},
    {"nav", std::string("Main")}};

TEST(ThemeWords, TextsAreWrittenInEscapedOrAsTheyAreAsMustacheWould) {
  bool left = false;
  std::string tmpl =
      "<a>{{t.layout.leave}}</a><p>{{{t.layout.keys_html}}}</p><p>{{t.layout.keys_html}}</p>"
      "<nav aria-label=\"{{ t.nav }}\">{{title}}</nav>";
  std::string out = with_theme_words(tmpl, kWords, left);
  EXPECT_FALSE(left);
  mstch::config::escape = [](const std::string& s) { return escape_html(s); };
  mstch::map data{{"t", kWords}, {"title", std::string("A & B")}};
  EXPECT_EQ(mstch::render(out, data), mstch::render(tmpl, data));
  EXPECT_EQ(out,
            "<a>Leave this site</a><p>Press <kbd>Shift</kbd> & go</p><p>Press "
            "&lt;kbd&gt;Shift&lt;/kbd&gt; &amp; go</p><nav aria-label=\"Main\">{{title}}</nav>");
}

TEST(ThemeWords, WhatIsNotATextIsLeftForMustache) {
  for (const char* tmpl : {"{{t.layout.missing}}", "{{t.layout}}",
                           "{{#t.layout}}{{leave}}{{/t.layout}}", "{{&t.nav}}"}) {
    bool left = false;
    EXPECT_EQ(with_theme_words(tmpl, kWords, left), tmpl);
    EXPECT_TRUE(left) << tmpl;
  }
}

}  // namespace
}  // namespace promisehub
