// Open data (spec §11): /plans/<plan>/promises.csv and promises.json, read back as a spreadsheet
// or a program would read them.
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "core/text.h"
#include "session.h"
#include "support/temp_site.h"

namespace promisehub {
namespace {

using testing::TempSite;

// A plan whose words have everything CSV must quote: commas, quotes, line breaks, letters
// outside ASCII, and a text a spreadsheet would run as a formula.
const char* const kPlan = R"yaml(title: Plan, "with quotes"
plain: What we promised you.
groups:
  - id: home
    title: A Good Home
actions:
  - id: "1.1"
    group: home
    title: "We will keep brothers and sisters together, where it is \"safe\"."
    plain: "We will help you live with your brothers and sisters.\nAll of you."
    leads: [Head of Service, Fionnlagh Mac Aonghais – Comhairle]
    due: 2024-12
    status: underway
  - id: "1.2"
    group: home
    title: "=HYPERLINK(\"https://example.org\")"
    plain: We will check every home is good.
    due: Every 3 months
    status: not-started
)yaml";

// Reads CSV as RFC 4180 says: rows of fields, quoted fields may hold commas, "" and breaks.
std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
  std::vector<std::vector<std::string>> rows(1, std::vector<std::string>(1));
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    std::string& field = rows.back().back();
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"' && field.empty()) {
      quoted = true;
    } else if (c == ',') {
      rows.back().emplace_back();
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      ++i;
      rows.emplace_back(1);
    } else {
      EXPECT_NE(c, '\n') << "a bare line break outside quotes at byte " << i;
      field += c;
    }
  }
  if (rows.back().size() == 1 && rows.back()[0].empty()) rows.pop_back();
  return rows;
}

class OpenData : public ::testing::Test {
 protected:
  void SetUp() override {
    site_.add_themes();
    site_.write("content/plans/test-plan.yaml", kPlan);
    Diagnostics diags;
    ASSERT_TRUE(session_.refresh(diags).ok);
  }

  std::string file(const std::string& path) const {
    const OutputFile* f = session_.pages()->find(path);
    EXPECT_NE(f, nullptr) << path;
    return f ? f->content() : std::string();
  }

  TempSite site_;
  SiteSession session_{testing::session_options(site_)};
};

TEST_F(OpenData, CsvIsUtf8WithAByteOrderMarkAndQuotedAsRfc4180Says) {
  const std::string csv = file("plans/test-plan/promises.csv");
  ASSERT_EQ(csv.substr(0, 3), "\xEF\xBB\xBF");
  const auto rows = parse_csv(csv.substr(3));
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0], (std::vector<std::string>{"id", "group", "title", "plain", "status", "due",
                                               "taking_longer", "leads", "updates", "last_update",
                                               "address"}));
  EXPECT_EQ(rows[1],
            (std::vector<std::string>{
                "1.1", "home", "We will keep brothers and sisters together, where it is \"safe\".",
                "We will help you live with your brothers and sisters.\nAll of you.", "done",
                "2024-12", "no", "Head of Service; Fionnlagh Mac Aonghais – Comhairle", "1",
                "2024-06-30", "https://hub.example.org/plans/test-plan/1.1/"}));
  // Written as a text, never as a formula a spreadsheet would run.
  EXPECT_EQ(rows[2][2], "'=HYPERLINK(\"https://example.org\")");
  EXPECT_EQ(rows[2][4], "not-started");
  EXPECT_EQ(rows[2][5], "Every 3 months");
  EXPECT_EQ(rows[2][6], "no");
  EXPECT_EQ(rows[2][8], "0");
  EXPECT_EQ(rows[2][9], "");
}

TEST_F(OpenData, JsonHasTheSameColumnsInTheSameOrder) {
  const std::string json = file("plans/test-plan/promises.json");
  EXPECT_NE(json.substr(0, 3), "\xEF\xBB\xBF");
  EXPECT_NE(json.find("\"columns\":[\"id\",\"group\",\"title\",\"plain\",\"status\",\"due\","
                      "\"taking_longer\",\"leads\",\"updates\",\"last_update\",\"address\"]"),
            std::string::npos)
      << json;
  EXPECT_NE(
      json.find("{\"id\":\"1.1\",\"group\":\"home\",\"title\":\"We will keep brothers and sisters "
                "together, where it is \\\"safe\\\".\",\"plain\":\"We will help you live with your "
                "brothers and sisters.\\nAll of you.\",\"status\":\"done\",\"due\":\"2024-12\","
                "\"taking_longer\":false,\"leads\":[\"Head of Service\",\"Fionnlagh Mac Aonghais – "
                "Comhairle\"],\"updates\":1,\"last_update\":\"2024-06-30\",\"address\":\"https://"
                "hub.example.org/plans/test-plan/1.1/\"}"),
      std::string::npos)
      << json;
  // A program gets the text as written; only CSV guards against formulas.
  EXPECT_NE(json.find("\"title\":\"=HYPERLINK(\\\"https://example.org\\\")\""), std::string::npos);
  EXPECT_NE(json.find("\"last_update\":null"), std::string::npos);
}

TEST_F(OpenData, ThePlanPageLinksToBoth) {
  const std::string page = file("plans/test-plan/index.html");
  EXPECT_NE(page.find("href=\"/plans/test-plan/promises.csv\""), std::string::npos);
  EXPECT_NE(page.find("href=\"/plans/test-plan/promises.json\""), std::string::npos);
  EXPECT_EQ(file("sitemap.xml").find("promises.csv"), std::string::npos);
}

TEST_F(OpenData, ARefreshAfterANewUpdateCountsIt) {
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  site_.write("content/updates/2025-01-10-checked.md",
              "---\ntitle: Checked\nplain: We checked.\ndate: 2025-01-10\nplan: test-plan\n"
              "actions: [\"1.2\"]\n---\nWe checked every home.\n");
  std::vector<std::string> seen{site_.dir() + "/content/updates/2025-01-10-checked.md"};
  Diagnostics diags;
  auto r = session_.refresh(diags, &seen);
  ASSERT_TRUE(r.ok);
  EXPECT_FALSE(r.full);
  const auto rows = parse_csv(file("plans/test-plan/promises.csv").substr(3));
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[2][8], "1");
  EXPECT_EQ(rows[2][9], "2025-01-10");
}

}  // namespace
}  // namespace promisehub
