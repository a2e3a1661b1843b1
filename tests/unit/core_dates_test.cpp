// Dates as content writes them.
#include <gtest/gtest.h>

#include "core/dates.h"

namespace promisehub {
namespace {

TEST(Dates, ParsesTheThreeShapes) {
  Date d;
  ASSERT_EQ(parse_date("2024", d), DateParse::ok);
  EXPECT_EQ(d.iso(), "2024");
  ASSERT_EQ(parse_date("2024-03", d), DateParse::ok);
  EXPECT_EQ(d.human(), "March 2024");
  ASSERT_EQ(parse_date("2024-02-29", d), DateParse::ok);
  EXPECT_EQ(d.human(), "29 February 2024");
}

TEST(Dates, RejectsImpossibleDatesButAcceptsText) {
  Date d;
  EXPECT_EQ(parse_date("2025-13-45", d), DateParse::invalid);
  EXPECT_EQ(parse_date("2023-02-29", d), DateParse::invalid);
  EXPECT_EQ(parse_date("2024-1-5", d), DateParse::invalid);
  EXPECT_EQ(parse_date("Every 3 months", d), DateParse::not_a_date);
  EXPECT_EQ(parse_date("Ongoing", d), DateParse::not_a_date);
}

TEST(Dates, OrdersAndCoversWholePeriods) {
  Date month{2024, 12, 0};
  EXPECT_EQ(month.last_day().iso(), "2024-12-31");
  EXPECT_EQ((Date{2024, 2, 0}).last_day().iso(), "2024-02-29");
  EXPECT_TRUE((Date{2024, 1, 0}) < (Date{2024, 1, 5}));
  EXPECT_EQ((Date{2023, 3, 30}).rfc3339(), "2023-03-30T00:00:00Z");
}

}  // namespace
}  // namespace promisehub
