// What the red team found in help lines and decoded YAML text: a Call link must dial the number
// people read, and escapes in quotes must not smuggle control characters into pages, terminals
// or the layout's own slot markers.
#include <gtest/gtest.h>

#include <string>

#include "core/controls.h"
#include "core/phone.h"
#include "pipeline.h"
#include "support/temp_site.h"

namespace promisehub {
namespace {

using testing::any_message_has;
using testing::TempSite;

std::string site_with_help(const std::string& help_lines) {
  return "title: Test Hub\nbase_url: https://hub.example.org/\nlanguage: en-GB\n"
         "organisation: Test Council\nreading_age: 9\nhelp:\n" +
         help_lines;
}

TEST(DialNumbers, TheFirstNumberInTheTextIsDialledNeverTheDigitsAfterIt) {
  struct Case {
    const char* text;
    const char* digits;
    bool other_digits;
  };
  for (const Case& c :
       {Case{"0800 1111 (24 hours)", "08001111", true}, Case{"999 or 112", "999", true},
        Case{"+44 (0)131 555 0100", "+441315550100", false},
        Case{"Call 0131-270.7500 any time", "01312707500", false}}) {
    auto number = dial_number_in(c.text);
    ASSERT_TRUE(number) << c.text;
    EXPECT_EQ(number->digits, c.digits) << c.text;
    EXPECT_EQ(number->other_digits, c.other_digits) << c.text;
  }

  EXPECT_FALSE(dial_number_in("ask at reception"));
  EXPECT_FALSE(dial_number_in("12"));                   // too short to be a number
  EXPECT_FALSE(dial_number_in("1234567890123456789"));  // longer than any telephone number
}

TEST(DialNumbers, AHandWrittenDialIsOnlyDigits) {
  EXPECT_EQ(strict_dial_number("+44 131 555 0100"), "+441315550100");
  EXPECT_EQ(strict_dial_number("08001111"), "08001111");
  EXPECT_FALSE(strict_dial_number("0800 1111 (24 hours)"));
  EXPECT_FALSE(strict_dial_number("44+1"));
  EXPECT_FALSE(strict_dial_number("1"));
}

TEST(HelpLines, TextWithMoreThanOneNumberIsReportedWithTheNumberDialled) {
  TempSite site;
  site.write("content/site.yaml",
             site_with_help("  - name: Emergency\n    phone: \"999 or 112\"\n"));
  auto messages = site.messages();
  EXPECT_TRUE(any_message_has(
      messages, {"content/site.yaml:8:12: warning:",
                 "the `phone` of the help line \"Emergency\" has more digits after the number; "
                 "its Call link dials 999",
                 "add `dial:` with the digits the Call link should dial, e.g. `dial: \"999\"`"}))
      << ::testing::PrintToString(messages);
}

TEST(HelpLines, ADialThatIsNotANumberIsAnError) {
  TempSite site;
  site.write("content/site.yaml", site_with_help("  - name: Childline\n    phone: \"0800 1111 "
                                                 "(24 hours)\"\n    dial: \"0800 1111 (24h)\"\n"));
  auto messages = site.messages();
  EXPECT_TRUE(
      any_message_has(messages, {"content/site.yaml:9:11: error:",
                                 "`dial` of the help line \"Childline\" is not a number to call"}))
      << ::testing::PrintToString(messages);
}

TEST(HelpLines, TheCallLinkDialsTheNumberPeopleRead) {
  TempSite site;
  site.add_themes();
  site.write("content/site.yaml",
             site_with_help("  - name: Childline\n    phone: \"0800 1111 (24 hours)\"\n"
                            "    dial: \"08001111\"\n"
                            "  - name: Council\n    phone: \"+44 (0)131 555 0100\"\n"));
  Diagnostics diags;
  auto loaded = site.load(diags);
  ASSERT_TRUE(loaded) << diags.sorted().size() << " problems";
  BuildOptions options;
  options.site_dir = site.dir();
  options.now = parse_date("2026-01-01");
  auto pages = render_site(*loaded, options, diags);
  ASSERT_TRUE(pages);
  const OutputFile* home = pages->find("index.html");
  ASSERT_NE(home, nullptr);
  const std::string& html = home->content();
  EXPECT_NE(html.find("href=\"tel:08001111\">Call <span class=\"tel-number\">0800 1111 (24 "
                      "hours)</span></a>"),
            std::string::npos);
  EXPECT_NE(html.find("href=\"tel:+441315550100\">Call <span class=\"tel-number\">+44 (0)131 "
                      "555 0100</span></a>"),
            std::string::npos);
  EXPECT_EQ(html.find("tel:0800111124"), std::string::npos);
  EXPECT_EQ(html.find("tel:+4401315550100"), std::string::npos);
}

TEST(DecodedText, EscapedControlCharactersAreErrorsWithTheirPlace) {
  TempSite site;
  std::string plan = TempSite::kPlanYaml;
  plan.replace(plan.find("title: Test Plan 2024"), 21, "title: \"Test \\x1b[2J Plan\"");
  site.write("content/plans/test-plan.yaml", plan);
  auto messages = site.messages();
  EXPECT_TRUE(any_message_has(
      messages, {"content/plans/test-plan.yaml:1:8: error:",
                 "contains a control character (U+001B)", "delete the escape that makes it"}))
      << ::testing::PrintToString(messages);
}

TEST(DecodedText, AForgedLayoutMarkerNeverReachesTheLayout) {
  for (const char* forged : {"\\x01promisehub-slot-9\\x02", "\\u0001promisehub-slot-5\\u0002",
                             "A\\0B", "\\u0085next line"}) {
    TempSite site;
    std::string plan = TempSite::kPlanYaml;
    plan.replace(plan.find("title: Test Plan 2024"), 21, std::string("title: \"") + forged + "\"");
    site.write("content/plans/test-plan.yaml", plan);
    auto messages = site.messages();
    EXPECT_TRUE(any_message_has(
        messages, {"content/plans/test-plan.yaml:1:8: error:", "contains a control character"}))
        << forged << ::testing::PrintToString(messages);
  }
}

TEST(DecodedText, MessagesNeverCarryControlsToTheTerminal) {
  EXPECT_EQ(printable("help \x1b[2Jline"), "help U+001B[2Jline");
  EXPECT_EQ(printable("a\xC2\x9B"
                      "b"),
            "aU+009Bb");
  EXPECT_EQ(printable("tab\tand\nline"), "tab\tand\nline");
  EXPECT_EQ(printable("caf\xC3\xA9"), "caf\xC3\xA9");  // text outside C0 and C1 is kept
  Diagnostics diags;
  diags.error({"content/\x1b]0;x\x07.yaml", 1, 1}, "unknown key `\x1b[31m`");
  std::string shown = diags.sorted().front().to_string();
  EXPECT_EQ(shown.find('\x1b'), std::string::npos) << shown;
  EXPECT_NE(shown.find("unknown key `U+001B[31m`"), std::string::npos) << shown;
}

}  // namespace
}  // namespace promisehub
