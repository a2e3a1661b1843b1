// Which day a build is for: the site's own calendar day, and SOURCE_DATE_EPOCH checked.
#include <cstdlib>

#include <gtest/gtest.h>

#include "core/build_clock.h"
#include "support/temp_site.h"

namespace promisehub {
namespace {

class SourceDateEpoch : public ::testing::Test {
 protected:
  void TearDown() override { ::unsetenv("SOURCE_DATE_EPOCH"); }
  BuildDay day_for(const char* value, Diagnostics& diags) {
    ::setenv("SOURCE_DATE_EPOCH", value, 1);
    return settle_build_day(std::nullopt, kDefaultTimeZone, diags);
  }
};

TEST(BuildClock, TheDayIsTheSitesOwnNotUtcs) {
  // 30 June 2025, 23:30 UTC: already 1 July in Scotland (British Summer Time).
  const std::int64_t late_june = 1751326200;
  EXPECT_EQ(date_in_zone(late_june, "Europe/London").iso(), "2025-07-01");
  EXPECT_EQ(date_in_zone(late_june, "UTC").iso(), "2025-06-30");
  // In winter London is on UTC: 31 December 2025, 23:30 UTC is still the 31st.
  EXPECT_EQ(date_in_zone(1767223800, "Europe/London").iso(), "2025-12-31");
  EXPECT_EQ(date_in_zone(1767223800, "Asia/Karachi").iso(), "2026-01-01");
}

TEST(BuildClock, KnowsRealTimeZonesOnly) {
  EXPECT_TRUE(is_known_time_zone("Europe/London"));
  EXPECT_TRUE(is_known_time_zone("UTC"));
  EXPECT_FALSE(is_known_time_zone("Europe/Midlothian"));
  EXPECT_FALSE(is_known_time_zone(""));
}

TEST(BuildClock, NowFromTheCommandLineWins) {
  Diagnostics diags;
  ::setenv("SOURCE_DATE_EPOCH", "0", 1);
  BuildDay day = settle_build_day(Date{2025, 6, 1}, kDefaultTimeZone, diags);
  ::unsetenv("SOURCE_DATE_EPOCH");
  EXPECT_EQ(day.date.iso(), "2025-06-01");
  EXPECT_EQ(day.source, "--now");
  EXPECT_FALSE(diags.has_errors());
}

TEST_F(SourceDateEpoch, AGoodValueGivesItsDayInTheSitesTimeZone) {
  Diagnostics diags;
  BuildDay day = day_for("1751326200", diags);
  EXPECT_FALSE(diags.has_errors());
  EXPECT_EQ(day.date.iso(), "2025-07-01");
  EXPECT_EQ(day.source, "SOURCE_DATE_EPOCH");
}

TEST_F(SourceDateEpoch, APlaceholderBefore2000IsAnErrorNotAnEmptySite) {
  for (const char* placeholder : {"0", "315532800"}) {
    Diagnostics diags;
    day_for(placeholder, diags);
    ASSERT_TRUE(diags.has_errors()) << placeholder;
    EXPECT_NE(diags.all().back().message.find("no update would be published"), std::string::npos);
    EXPECT_NE(diags.all().back().hint.find("git log -1 --format=%ct"), std::string::npos);
  }
}

TEST_F(SourceDateEpoch, TextThatIsNotWholeSecondsIsAnError) {
  for (const char* bad :
       {"", "yesterday", "-1", "1.5e9", "17e8", " 1751326200", "99999999999999"}) {
    Diagnostics diags;
    day_for(bad, diags);
    ASSERT_TRUE(diags.has_errors()) << "`" << bad << "`";
    EXPECT_NE(diags.all().back().message.find("not a time Promise Hub can use"), std::string::npos)
        << bad;
  }
}

TEST(SiteTimeZone, AnUnknownZoneIsAnErrorAtItsLine) {
  testing::TempSite site;
  std::string yaml = testing::TempSite::kSiteYaml;
  site.write("content/site.yaml", yaml + "time_zone: Europe/Midlothian\n");
  auto messages = site.messages();
  ASSERT_EQ(messages.size(), 1u);
  EXPECT_NE(messages[0].find("content/site.yaml:"), std::string::npos) << messages[0];
  EXPECT_NE(messages[0].find("`time_zone` `Europe/Midlothian` is not a time zone we know"),
            std::string::npos)
      << messages[0];
}

TEST(SiteTimeZone, AKnownZoneIsTaken) {
  testing::TempSite site;
  std::string yaml = testing::TempSite::kSiteYaml;
  site.write("content/site.yaml", yaml + "time_zone: Asia/Karachi\n");
  Diagnostics diags;
  auto loaded = site.load(diags);
  ASSERT_TRUE(loaded) << diags.sorted().size();
  EXPECT_EQ(loaded->config.time_zone, "Asia/Karachi");
}

}  // namespace
}  // namespace promisehub
