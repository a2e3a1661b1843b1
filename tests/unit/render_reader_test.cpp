// What a reader at the end of a promise needs (issue 17): who to tell when a promise is not kept,
// who is responsible and how to reach them, plain words about time, and pages whose titles and
// headings say what they are.
#include <gtest/gtest.h>

#include <regex>
#include <string>

#include "core/text.h"
#include "i18n/catalog_loader.h"
#include "pipeline.h"
#include "render/views.h"
#include "support/temp_site.h"

namespace promisehub {
namespace {

using testing::any_message_has;
using testing::TempSite;

const char* const kComplaints = R"(complaints:
  name: Test Council complaints
  phone: "0131 555 0100"
  sms: "07700 900123"
  email: complaints@example.org
  url: https://www.example.org/complaints
  text: Tell us what went wrong.
)";

// The site built on `now`; every page's bytes by path.
std::map<std::string, std::string> build(const TempSite& site, const std::string& now) {
  Diagnostics diags;
  auto loaded = site.load(diags, now);
  EXPECT_TRUE(loaded) << join(site.messages(now), "\n");
  if (!loaded) return {};
  BuildOptions options;
  options.site_dir = site.dir();
  options.now = parse_date(now);
  auto pages = render_site(*loaded, options, diags);
  EXPECT_TRUE(pages);
  if (!pages) return {};
  std::map<std::string, std::string> out;
  for (const auto& f : pages->files) out[f.path] = f.content();
  return out;
}

// The text of the page's <main>, without tags and with spaces tidied.
std::string main_text(const std::string& html) {
  std::size_t from = html.find("<main"), to = html.find("</main>");
  std::string m = html.substr(from, to - from);
  m = std::regex_replace(m, std::regex("<[^>]*>"), " ");
  m = std::regex_replace(m, std::regex("\\s+"), " ");
  return replace_all(m, "&#39;", "'");
}

TEST(NotKept, ThePageSaysWhoToTellWithEveryWayToReachThem) {
  TempSite site;
  site.add_themes();
  site.write("content/site.yaml", std::string(TempSite::kSiteYaml) + kComplaints);
  site.write("content/pages/if-a-promise-is-not-kept.md",
             "---\ntitle: If a promise is not kept\nplain: You can tell us.\n---\n"
             "## Get someone on your side\n\nAn advocate is on your side.\n");
  auto pages = build(site, "2024-06-01");
  ASSERT_TRUE(pages.count("if-a-promise-is-not-kept/index.html"));
  const std::string& page = pages["if-a-promise-is-not-kept/index.html"];
  EXPECT_NE(page.find("<h1>If a promise is not kept</h1>"), std::string::npos);
  EXPECT_NE(page.find("href=\"tel:01315550100\">Call <span class=\"tel-number\">0131 555 "
                      "0100</span></a>"),
            std::string::npos)
      << page;
  EXPECT_NE(page.find("href=\"sms:07700900123\""), std::string::npos);
  EXPECT_NE(page.find("href=\"mailto:complaints@example.org\">Email complaints@example.org</a>"),
            std::string::npos);
  EXPECT_NE(page.find("href=\"https://www.example.org/complaints\""), std::string::npos);
  std::string text = main_text(page);
  EXPECT_NE(text.find("making a complaint"), std::string::npos) << text;
  EXPECT_NE(text.find("Get someone on your side"), std::string::npos) << text;

  // Linked from every promise page and from help, where the council's heading has details.
  for (const char* path :
       {"plans/test-plan/1.1/index.html", "plans/test-plan/1.2/index.html", "help/index.html"})
    EXPECT_NE(pages[path].find("href=\"/if-a-promise-is-not-kept/\""), std::string::npos) << path;
  std::string help = main_text(pages["help/index.html"]);
  std::size_t heading = help.find("Contact Test Council");
  ASSERT_NE(heading, std::string::npos) << help;
  EXPECT_NE(help.find("Call 0131 555 0100", heading), std::string::npos) << help;
}

TEST(NotKept, AThemeWithoutItsTemplateShowsItAsAPlainPage) {
  TempSite site;
  site.add_themes();
  site.remove("themes/promise/templates/not-kept.mustache");
  site.remove("themes/promise/templates/feeds.mustache");
  site.write(
      "content/pages/if-a-promise-is-not-kept.md",
      "---\ntitle: If a promise is not kept\nplain: You can tell us.\n---\nAsk an advocate.\n");
  auto pages = build(site, "2024-06-01");
  std::string text = main_text(pages["if-a-promise-is-not-kept/index.html"]);
  EXPECT_NE(text.find("You can tell us. Ask an advocate."), std::string::npos) << text;
  EXPECT_NE(pages["feeds/index.html"].find("<h1>Get updates in a feed reader</h1>"),
            std::string::npos);
}

TEST(NotKept, WithoutAContactOrAPageThereIsNoPageAndNoLinkToIt) {
  TempSite site;
  site.add_themes();
  auto pages = build(site, "2024-06-01");
  EXPECT_FALSE(pages.count("if-a-promise-is-not-kept/index.html"));
  EXPECT_EQ(pages["plans/test-plan/1.1/index.html"].find("if-a-promise-is-not-kept"),
            std::string::npos);
  // Help has no heading for the council with nothing under it.
  EXPECT_EQ(pages["help/index.html"].find("Contact Test Council"), std::string::npos);
}

TEST(NotKept, AComplaintsContactIsCheckedWhereItIsWritten) {
  TempSite site;
  site.write("content/site.yaml", std::string(TempSite::kSiteYaml) +
                                      "complaints:\n  name: Complaints\n  email: not an email\n"
                                      "  sms: call us\n  colour: red\n");
  auto messages = site.messages();
  EXPECT_TRUE(any_message_has(messages, {"content/site.yaml:12:10: error:",
                                         "`email` in `complaints` is not an email address"}))
      << ::testing::PrintToString(messages);
  EXPECT_TRUE(any_message_has(
      messages, {"content/site.yaml:13:8: error:", "`sms` in `complaints` is not a number"}))
      << ::testing::PrintToString(messages);
  EXPECT_TRUE(any_message_has(
      messages, {"content/site.yaml:14:3: error:", "unknown key `colour` in `complaints`"}))
      << ::testing::PrintToString(messages);

  site.write("content/site.yaml",
             std::string(TempSite::kSiteYaml) + "complaints:\n  name: Complaints\n");
  messages = site.messages();
  EXPECT_TRUE(any_message_has(messages, {"content/site.yaml:11:3: error:",
                                         "`complaints` gives no way to reach \"Complaints\"",
                                         "add at least one of `phone`, `sms`, `email` or `url`"}))
      << ::testing::PrintToString(messages);
}

TEST(Leads, ALeadCanHaveARoleAndAContactBesideThePlainForm) {
  TempSite site;
  site.add_themes();
  std::string plan = TempSite::kPlanYaml;
  plan.replace(plan.find("    leads: [Head of Service]"), 28,
               "    leads:\n      - Head of Service\n"
               "      - { name: Sam Lee, role: Promise Lead, contact: promise@example.org }\n"
               "      - { name: Ali Khan, role: Service Manager }");
  site.write("content/plans/test-plan.yaml", plan);
  auto pages = build(site, "2024-06-01");
  const std::string& page = pages["plans/test-plan/1.1/index.html"];
  EXPECT_NE(page.find("<li>Head of Service</li>"), std::string::npos) << page;
  EXPECT_NE(page.find("<li>Sam Lee, Promise Lead · <a "
                      "href=\"mailto:promise@example.org\">promise@example.org</a></li>"),
            std::string::npos)
      << page;
  EXPECT_NE(page.find("<li>Ali Khan, Service Manager</li>"), std::string::npos) << page;

  plan.replace(plan.find("contact: promise@example.org"), 28, "contact: ask at reception");
  site.write("content/plans/test-plan.yaml", plan);
  auto messages = site.messages();
  EXPECT_TRUE(any_message_has(
      messages, {"content/plans/test-plan.yaml:", "error:",
                 "the `contact` of \"Sam Lee\" is not an email address, a phone number"}))
      << ::testing::PrintToString(messages);
}

TEST(Time, ALateSentenceAgreesWithTheStatus) {
  TempSite site;
  site.add_themes();
  std::string plan = TempSite::kPlanYaml;
  plan.replace(plan.find("    due: Every 3 months"), 23, "    due: 2024-03");
  site.write("content/plans/test-plan.yaml", plan);
  site.remove("content/updates/2024-06-30-brothers-and-sisters.md");  // 1.1 stays underway
  auto pages = build(site, "2025-06-01");
  std::string not_started = main_text(pages["plans/test-plan/1.2/index.html"]);
  EXPECT_NE(not_started.find("This is taking longer than we planned. It was meant to be done by "
                             "March 2024. We have not started it yet"),
            std::string::npos)
      << not_started;
  EXPECT_EQ(not_started.find("still working on it"), std::string::npos) << not_started;
  std::string underway = main_text(pages["plans/test-plan/1.1/index.html"]);
  EXPECT_NE(underway.find("We are still working on it."), std::string::npos) << underway;
  // The count says what it counts.
  EXPECT_NE(main_text(pages["plans/test-plan/index.html"])
                .find("Both of these promises are taking longer than planned."),
            std::string::npos);
}

TEST(Time, CountsSayWhatTheyCount) {
  TempSite site;
  site.add_themes();
  site.remove("content/updates/2024-06-30-brothers-and-sisters.md");
  auto pages = build(site, "2025-06-01");
  EXPECT_NE(
      main_text(pages["index.html"]).find("1 of these 2 promises is taking longer than planned."),
      std::string::npos)
      << main_text(pages["index.html"]);
}

TEST(Time, AnEndedPlanSaysSoAndPointsToTheNextOne) {
  TempSite site;
  site.add_themes();
  std::string plan = TempSite::kPlanYaml;
  plan.replace(0, 0, "period: { from: 2021-01, to: 2024-12 }\nnext_update: 2025-03\n");
  site.write("content/plans/test-plan.yaml", plan);
  std::string next = TempSite::kPlanYaml;
  next.replace(next.find("title: Test Plan 2024"), 21,
               "title: Test Plan 2025\nperiod: { from: 2025-01, to: 2027-12 }\n"
               "next_update: 2025-09");
  site.write("content/plans/test-plan-2025.yaml", next);
  auto pages = build(site, "2025-06-01");
  std::string old_plan = main_text(pages["plans/test-plan/index.html"]);
  EXPECT_NE(old_plan.find("This plan ended in December 2024. The plan after it is Test Plan 2025"),
            std::string::npos)
      << old_plan;
  EXPECT_NE(pages["plans/test-plan/index.html"].find("href=\"/plans/test-plan-2025/\""),
            std::string::npos);
  EXPECT_NE(old_plan.find("The next update was due in March 2025. It is late."), std::string::npos);
  std::string new_plan = main_text(pages["plans/test-plan-2025/index.html"]);
  EXPECT_EQ(new_plan.find("This plan ended"), std::string::npos) << new_plan;
  EXPECT_NE(new_plan.find("The next update is due in September 2025."), std::string::npos);

  plan.replace(plan.find("next_update: 2025-03"), 20, "next_update: soon");
  site.write("content/plans/test-plan.yaml", plan);
  auto messages = site.messages("2025-06-01");
  EXPECT_TRUE(any_message_has(messages, {"content/plans/test-plan.yaml:2:14: error:",
                                         "`next_update` in the plan should be a date"}))
      << ::testing::PrintToString(messages);
}

TEST(Cards, ByOnlyBeforeADate) {
  TempSite site;
  site.add_themes();
  auto pages = build(site, "2024-06-01");
  const std::string& plan = pages["plans/test-plan/index.html"];
  EXPECT_NE(plan.find("<p class=\"card-due\">By December 2024</p>"), std::string::npos) << plan;
  EXPECT_NE(plan.find("<p class=\"card-due\">Every 3 months</p>"), std::string::npos) << plan;
  EXPECT_EQ(plan.find("By Every"), std::string::npos);
}

TEST(Titles, UnderSeventyCharactersWithThePromiseFirstAndItsNumberInTheHeading) {
  TempSite site;
  site.add_themes();
  std::string plan = TempSite::kPlanYaml;
  plan.replace(plan.find("plain: We will help you live with your brothers and sisters."), 60,
               "plain: We will help you live with your brothers and sisters, and see them "
               "often when you cannot live together.");
  site.write("content/plans/test-plan.yaml", plan);
  auto pages = build(site, "2024-06-01");
  const std::string& page = pages["plans/test-plan/1.1/index.html"];
  std::smatch m;
  ASSERT_TRUE(std::regex_search(page, m, std::regex("<title>([^<]*)</title>")));
  std::string title = m[1];
  std::size_t chars = 0;
  for (unsigned char c : title) chars += (c & 0xC0) != 0x80;
  EXPECT_LT(chars, 70u) << title;
  EXPECT_TRUE(starts_with(title, "Promise 1.1: We will help you live with")) << title;
  EXPECT_NE(page.find("<h1><span class=\"h1-id\">Promise 1.1"), std::string::npos);
  // A filter page says what it shows first.
  EXPECT_NE(pages["plans/test-plan/status/done/index.html"].find(
                "<title>Done: Test Plan 2024 — Test Hub</title>"),
            std::string::npos);
  EXPECT_NE(pages["plans/test-plan/for/young-people/index.html"].find(
                "<title>For children and young people: Test Plan 2024 — Test Hub</title>"),
            std::string::npos);
  // A short title keeps the site's name after it.
  const std::string& other = pages["plans/test-plan/1.2/index.html"];
  EXPECT_NE(other.find("<title>Promise 1.2: We will check every home is good. — Test Hub</title>"),
            std::string::npos);
}

TEST(Audit, TablesInAnUpdateAreNamedAfterTheirHeading) {
  TempSite site;
  site.add_themes();
  site.write("content/updates/2024-06-30-brothers-and-sisters.md",
             std::string(TempSite::kUpdateMd) +
                 "\n## Homes we checked\n\n| Month | Homes |\n|---|---|\n| May | 4 |\n\n"
                 "| a | b |\n|---|---|\n| 1 | 2 |\n");
  auto pages = build(site, "2024-07-01");
  const std::string& page = pages["updates/2024-06-30-brothers-and-sisters/index.html"];
  EXPECT_NE(page.find("<table>\n<caption class=\"visually-hidden\">Homes we checked</caption>"),
            std::string::npos)
      << page;
  // Every table has one, the second under the same heading too.
  std::size_t tables = 0, captions = 0;
  for (std::size_t at = page.find("<table>"); at != std::string::npos;
       at = page.find("<table>", at + 1))
    ++tables;
  for (std::size_t at = page.find("<caption"); at != std::string::npos;
       at = page.find("<caption", at + 1))
    ++captions;
  EXPECT_EQ(tables, 2u);
  EXPECT_EQ(captions, 2u);
}

TEST(Feeds, TheFooterLinksAPageThatSaysWhatAFeedIsAndLinksEachFeed) {
  TempSite site;
  site.add_themes();
  auto pages = build(site, "2024-07-01");
  EXPECT_NE(pages["index.html"].find("<a href=\"/feeds/\">Get updates in a feed reader</a>"),
            std::string::npos);
  EXPECT_EQ(pages["index.html"].find(">Updates feed<"), std::string::npos);
  ASSERT_TRUE(pages.count("feeds/index.html"));
  std::string text = main_text(pages["feeds/index.html"]);
  EXPECT_NE(text.find("What is a feed?"), std::string::npos) << text;
  EXPECT_NE(pages["feeds/index.html"].find("href=\"/feed.xml\""), std::string::npos);
  EXPECT_NE(pages["feeds/index.html"].find("href=\"/plans/test-plan/feed.xml\""),
            std::string::npos);
}

}  // namespace
}  // namespace promisehub

namespace promisehub {
namespace {

// Several plans on one site (issue 16): the current one first and in the navigation, and
// figures that share a title say which plan they are from.
TEST(SeveralPlans, TheCurrentPlanComesFirstAndFiguresNameTheirPlan) {
  TempSite site;
  site.add_themes();
  const std::string indicator = R"(indicators:
  - id: children-in-care
    title: Children in care
    plain: How many children live in care.
    unit: children
    better: lower
    values:
      - { date: 2023-03, value: 40 }
    headline: true
)";
  std::string old_plan = TempSite::kPlanYaml;
  old_plan.replace(0, 0, "period: { from: 2021-01, to: 2024-12 }\n");
  site.remove("content/plans/test-plan.yaml");
  site.write("content/plans/a-old.yaml", old_plan + indicator);
  std::string current = TempSite::kPlanYaml;
  current.replace(current.find("title: Test Plan 2024"), 21,
                  "title: Test Plan 2025\nperiod: { from: 2025-01, to: 2027-12 }");
  site.write("content/plans/b-current.yaml", current + indicator);
  site.write("content/updates/2024-06-30-brothers-and-sisters.md",
             replace_all(TempSite::kUpdateMd, "plan: test-plan", "plan: a-old"));
  auto pages = build(site, "2025-06-01");
  const std::string& home = pages["index.html"];
  EXPECT_NE(home.find("<li><a href=\"/plans/b-current/\">Our promises</a></li>"), std::string::npos)
      << "the navigation keeps Our promises, for the current plan";
  EXPECT_LT(home.find("<h2><a href=\"/plans/b-current/\">"),
            home.find("<h2><a href=\"/plans/a-old/\">"))
      << "the current plan first";
  EXPECT_NE(home.find("Children in care<span class=\"indicator-plan\">: Test Plan 2025</span>"),
            std::string::npos)
      << home;
  EXPECT_NE(home.find("Children in care<span class=\"indicator-plan\">: Test Plan 2024</span>"),
            std::string::npos);
  EXPECT_NE(home.find("id=\"indicator-a-old-children-in-care\""), std::string::npos);
  EXPECT_NE(home.find("id=\"indicator-b-current-children-in-care\""), std::string::npos);
  // With one plan, nothing more is said.
  site.remove("content/plans/b-current.yaml");
  pages = build(site, "2025-06-01");
  EXPECT_EQ(pages["index.html"].find("indicator-plan"), std::string::npos);
  EXPECT_NE(pages["index.html"].find("<li><a href=\"/plans/a-old/\">Our promises</a></li>"),
            std::string::npos);
}

}  // namespace
}  // namespace promisehub

namespace promisehub {
namespace {

// A national plan may give its promises word ids (brothers-and-sisters): those are not read out
// as "Promise brothers-and-sisters", only numbers and short codes are.
TEST(Cards, OnlyNumbersAndShortCodesAreShownAsPromiseNumbers) {
  Diagnostics diags;
  auto words = make_catalog("en", {{"en.yaml", builtin_english()}}, std::nullopt, diags);
  ASSERT_TRUE(words);
  EXPECT_EQ(promise_label(*words, "1.1"), "Promise 1.1");
  EXPECT_EQ(promise_label(*words, "C1"), "Promise C1");
  EXPECT_EQ(promise_label(*words, "F2.3"), "Promise F2.3");
  EXPECT_EQ(promise_label(*words, "brothers-and-sisters"), "");
  EXPECT_EQ(promise_label(*words, "education-1"), "");
  TempSite site;
  site.add_themes();
  site.write("content/plans/test-plan.yaml",
             replace_all(TempSite::kPlanYaml, "id: \"1.2\"", "id: every-home"));
  auto pages = build(site, "2025-06-01");
  const std::string& page = pages["plans/test-plan/every-home/index.html"];
  EXPECT_NE(page.find("<h1>We will check every home is good.</h1>"), std::string::npos) << page;
  EXPECT_NE(page.find("<title>We will check every home is good."), std::string::npos);
  EXPECT_NE(pages["plans/test-plan/index.html"].find(
                "<span class=\"action-id\">Promise 1.1</span> We will help you"),
            std::string::npos);
}

}  // namespace
}  // namespace promisehub

namespace promisehub {
namespace {

// The views of `site` in English (the words built into the program), for their sentences.
struct EnglishViews {
  explicit EnglishViews(const Site& site)
      : words(*make_catalog("en", {{"en.yaml", builtin_english()}}, std::nullopt, diags)),
        statuses(status_words(words, site.config)),
        urls(site.config.base_url),
        ctx{site, theme, urls, html, words, statuses} {}
  std::string late_text(const std::vector<const Action*>& actions) {
    Plan plan;
    plan.id = "p";
    mstch::map view = progress_view(ctx, plan, actions, "x");
    return boost::get<std::string>(view["late_text"]);
  }
  Diagnostics diags;
  Catalog words;
  std::vector<StatusWords> statuses;
  Theme theme;
  Urls urls;
  std::vector<std::string> html;
  ViewContext ctx;
};

// Counts in the words a child would use (a review of issue 17): each status its own phrase that
// agrees with its number, and the same sentence wherever the count is shown.
TEST(Counts, EachStatusReadsAsItsOwnPhrase) {
  TempSite site;
  Diagnostics diags;
  auto loaded = site.load(diags);
  ASSERT_TRUE(loaded) << join(site.messages(), "\n");
  EnglishViews views(*loaded);
  std::vector<Action> owned(8);
  std::vector<const Action*> actions;
  for (std::size_t i = 0; i < owned.size(); ++i) {
    owned[i].current_status = i < 4 ? Status::needs_more : i < 7 ? Status::underway : Status::done;
    actions.push_back(&owned[i]);
  }
  EXPECT_EQ(promises_summary(views.ctx, actions),
            "8 promises: 4 are started but need more work, 3 are happening now and 1 is done.");
  owned[0].current_status = Status::not_started;
  owned[1].current_status = Status::little_progress;
  owned[2].current_status = Status::ongoing;
  owned[3].current_status = Status::ongoing;
  EXPECT_EQ(promises_summary(views.ctx, actions),
            "8 promises: 1 has not started yet, 1 has had little or no work yet, 3 are happening "
            "now, 2 are things we keep doing and 1 is done.");
  EXPECT_EQ(promises_summary(views.ctx, {&owned[1]}),
            "1 promise: 1 has had little or no work yet.");
  EXPECT_EQ(promises_summary(views.ctx, {}), "0 promises.");
}

TEST(Counts, AStatusTheSiteRenamedIsCountedInTheSitesWords) {
  TempSite site;
  site.write("content/site.yaml", std::string(TempSite::kSiteYaml) +
                                      "statuses:\n  underway: { label: Being worked on }\n");
  Diagnostics diags;
  auto loaded = site.load(diags);
  ASSERT_TRUE(loaded) << join(site.messages(), "\n");
  EnglishViews views(*loaded);
  Action working, done, also_working;
  working.current_status = also_working.current_status = Status::underway;
  done.current_status = Status::done;
  EXPECT_EQ(promises_summary(views.ctx, {&working, &done}),
            "2 promises: 1 is marked \u201cBeing worked on\u201d and 1 is done.");
  EXPECT_EQ(promises_summary(views.ctx, {&working, &also_working}),
            "2 promises: 2 are marked \u201cBeing worked on\u201d.");
}

TEST(Counts, LatePromisesAreCountedOfAllOfThem) {
  TempSite site;
  Diagnostics diags;
  auto loaded = site.load(diags);
  ASSERT_TRUE(loaded) << join(site.messages(), "\n");
  EnglishViews views(*loaded);
  Action late, on_time, also_late, third_late;
  late.taking_longer = also_late.taking_longer = third_late.taking_longer = true;
  EXPECT_EQ(views.late_text({&on_time}), "");
  EXPECT_EQ(views.late_text({&late}), "This promise is taking longer than planned.");
  EXPECT_EQ(views.late_text({&late, &on_time, &on_time}),
            "1 of these 3 promises is taking longer than planned.");
  EXPECT_EQ(views.late_text({&late, &also_late, &on_time}),
            "2 of these 3 promises are taking longer than planned.");
  EXPECT_EQ(views.late_text({&late, &also_late}),
            "Both of these promises are taking longer than planned.");
  EXPECT_EQ(views.late_text({&late, &also_late, &third_late}),
            "All 3 of these promises are taking longer than planned.");
}

TEST(Counts, TheHomePageAndThePlanSayTheSameSentence) {
  TempSite site;
  site.add_themes();
  auto pages = build(site, "2024-07-01");
  const std::string sentence = "2 promises: 1 has not started yet and 1 is done.";
  EXPECT_NE(main_text(pages["index.html"]).find(sentence), std::string::npos)
      << main_text(pages["index.html"]);
  EXPECT_NE(main_text(pages["plans/test-plan/index.html"]).find(sentence), std::string::npos)
      << main_text(pages["plans/test-plan/index.html"]);
  EXPECT_EQ(pages["index.html"].find("1 not started yet"), std::string::npos);
}

// A late promise of a plan that has ended is not "still being worked on": it was not finished
// when the plan ended, and the plan after it is named when there is one.
TEST(Time, ALatePromiseOfAnEndedPlanSaysItWasNotFinished) {
  TempSite site;
  site.add_themes();
  std::string plan = TempSite::kPlanYaml;
  plan.replace(0, 0, "period: { from: 2021-01, to: 2024-12 }\n");
  plan.replace(plan.find("    due: Every 3 months"), 23, "    due: 2024-03");
  site.write("content/plans/test-plan.yaml", plan);
  site.remove("content/updates/2024-06-30-brothers-and-sisters.md");  // 1.1 stays underway
  auto pages = build(site, "2025-06-01");
  std::string underway = main_text(pages["plans/test-plan/1.1/index.html"]);
  EXPECT_NE(underway.find("This is taking longer than we planned. It was meant to be done by "
                          "December 2024, when the plan ended. It was not finished."),
            std::string::npos)
      << underway;
  EXPECT_EQ(underway.find("still working on it"), std::string::npos) << underway;
  EXPECT_EQ(underway.find("The plan after it is"), std::string::npos) << underway;
  std::string not_started = main_text(pages["plans/test-plan/1.2/index.html"]);
  EXPECT_NE(not_started.find("We had not started it when the plan ended in December 2024."),
            std::string::npos)
      << not_started;
  EXPECT_EQ(not_started.find("we still mean to do it"), std::string::npos) << not_started;

  std::string next = TempSite::kPlanYaml;
  next.replace(next.find("title: Test Plan 2024"), 21,
               "title: Test Plan 2025\nperiod: { from: 2025-01, to: 2027-12 }");
  site.write("content/plans/test-plan-2025.yaml", next);
  pages = build(site, "2025-06-01");
  const std::string& page = pages["plans/test-plan/1.1/index.html"];
  EXPECT_NE(main_text(page).find("when the plan ended. It was not finished. The plan after it is "
                                 "Test Plan 2025 ."),
            std::string::npos)
      << main_text(page);
  EXPECT_NE(
      page.find("The plan after it is <a href=\"/plans/test-plan-2025/\">Test Plan 2025</a>."),
      std::string::npos);
  // The current plan's own late promise is still being worked on.
  std::string current = main_text(pages["plans/test-plan-2025/1.1/index.html"]);
  EXPECT_EQ(current.find("when the plan ended"), std::string::npos) << current;
}

// The page's opening words come first, before who to tell; its sections after.
TEST(NotKept, TheOpeningParagraphComesBeforeTellUs) {
  TempSite site;
  site.add_themes();
  site.write("content/site.yaml", std::string(TempSite::kSiteYaml) + kComplaints);
  site.write("content/pages/if-a-promise-is-not-kept.md",
             "---\ntitle: If a promise is not kept\nplain: You can tell us.\n---\n"
             "You have the right to be heard.\n\n## Get someone on your side\n\n"
             "An advocate is on your side.\n");
  auto pages = build(site, "2024-06-01");
  std::string text = main_text(pages["if-a-promise-is-not-kept/index.html"]);
  std::size_t opening = text.find("You have the right to be heard.");
  std::size_t tell_us = text.find("Tell us");
  std::size_t advocate = text.find("Get someone on your side");
  ASSERT_NE(opening, std::string::npos) << text;
  EXPECT_LT(text.find("You can tell us."), opening) << text;
  EXPECT_LT(opening, tell_us) << text;
  EXPECT_LT(tell_us, advocate) << text;
  EXPECT_EQ(text.find("You have the right to be heard.", opening + 1), std::string::npos)
      << "said once: " << text;

  // A page that starts with a heading has no empty block before who to tell.
  site.write("content/pages/if-a-promise-is-not-kept.md",
             "---\ntitle: If a promise is not kept\nplain: You can tell us.\n---\n"
             "## Get someone on your side\n\nAn advocate is on your side.\n");
  pages = build(site, "2024-06-01");
  const std::string& page = pages["if-a-promise-is-not-kept/index.html"];
  EXPECT_EQ(page.find("<div class=\"prose\">\n\n</div>"), std::string::npos) << page;
  EXPECT_LT(page.find("<h2>Tell us</h2>"), page.find("Get someone on your side")) << page;
}

}  // namespace
}  // namespace promisehub
