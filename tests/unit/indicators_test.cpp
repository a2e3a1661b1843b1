// Indicators (spec §3): loading, merging update values, derived sentences, and chart SVGs.
#include <gtest/gtest.h>

#include <cfloat>
#include <cmath>
#include <fstream>
#include <regex>

#include "core/numbers.h"
#include "core/text.h"
#include "i18n/catalog_loader.h"
#include "render/charts.h"
#include "render/views.h"
#include "session.h"
#include "support/temp_site.h"

namespace promisehub {
namespace {

// The English the program carries, as a site in English shows it.
const Catalog& english_words() {
  static const Catalog words = [] {
    Diagnostics diags;
    return *make_catalog("en", {{"en.yaml", builtin_english()}}, std::nullopt, diags);
  }();
  return words;
}

using testing::any_message_has;
using testing::read_file;
using testing::TempSite;

const char kIndicators[] = R"(indicators:
  - id: children-in-care
    title: Care experienced children
    plain: How many children live in care.
    unit: children
    better: lower
    actions: ["1.1"]
    values:
      - { date: 2023-03, value: 429 }
      - { date: 2024-03, value: 386, note: "Annual update" }
    target: { date: 2026-03, value: 350 }
    next_update: 2025-03
    headline: true
)";

std::string plan_with_indicators(const std::string& extra = kIndicators) {
  return std::string(TempSite::kPlanYaml) + extra;
}

std::string update_with_value(const std::string& id, const std::string& date,
                              const std::string& value) {
  return "---\ntitle: New figure\ndate: 2025-04-01\nplan: test-plan\nindicators:\n  " + id +
         ": { date: " + date + ", value: " + value + " }\n---\nThe new figure is in.\n";
}

TEST(Indicators, LoadWithEveryField) {
  TempSite site;
  site.write("content/plans/test-plan.yaml", plan_with_indicators());
  Diagnostics diags;
  auto s = site.load(diags);
  ASSERT_TRUE(s) << join(site.messages(), "\n");
  const Indicator& ind = s->plans[0].indicators.at(0);
  EXPECT_EQ(ind.id, "children-in-care");
  EXPECT_EQ(ind.better, "lower");
  ASSERT_EQ(ind.values.size(), 2u);
  EXPECT_EQ(ind.values[1].value, 386);
  EXPECT_EQ(ind.values[1].note, "Annual update");
  ASSERT_TRUE(ind.target);
  EXPECT_EQ(ind.target->value, 350);
  EXPECT_EQ(ind.next_update->iso(), "2025-03");
  EXPECT_TRUE(ind.headline);
}

TEST(Indicators, UpdatesAddNewerValues) {
  TempSite site;
  site.write("content/plans/test-plan.yaml", plan_with_indicators());
  site.write("content/updates/2025-04-01-figure.md",
             update_with_value("children-in-care", "2025-03", "370"));
  Diagnostics diags;
  auto s = site.load(diags);
  ASSERT_TRUE(s) << join(site.messages(), "\n");
  const Indicator& ind = s->plans[0].indicators.at(0);
  ASSERT_EQ(ind.values.size(), 3u);
  EXPECT_EQ(ind.values.back().value, 370);
  EXPECT_EQ(ind.values.back().update_slug, "2025-04-01-figure");
}

TEST(Indicators, ValidationErrors) {
  TempSite site;
  std::string bad =
      replace_all(replace_all(replace_all(kIndicators, "better: lower", "better: down"),
                              "actions: [\"1.1\"]", "actions: [\"7.7\"]"),
                  "value: 386", "value: lots");
  site.write("content/plans/test-plan.yaml",
             plan_with_indicators(
                 bad + "  - id: children-in-care\n    title: Again\n    better: higher\n"));
  auto m = site.messages();
  EXPECT_TRUE(any_message_has(m, {"test-plan.yaml:28:13: error: `better` in indicator "
                                  "children-in-care should be `lower` or `higher`"}))
      << join(m, "\n");
  EXPECT_TRUE(any_message_has(m, {"test-plan.yaml:29:15: error: indicator children-in-care "
                                  "measures action 7.7, which is not in this plan"}))
      << join(m, "\n");
  EXPECT_TRUE(any_message_has(m, {"test-plan.yaml:32:33: error: `value` in a value of indicator "
                                  "children-in-care should be a number"}))
      << join(m, "\n");
  EXPECT_TRUE(any_message_has(m, {"error: the indicator id `children-in-care` is used twice"}))
      << join(m, "\n");
}

// Figures as people write them: a plain decimal (README.md, "The content, in short"). Each text
// is the YAML after `value: `; quoted ones are text to YAML but still read as figures.
struct WrittenFigure {
  const char* text;
  double value;
};
const WrittenFigure kAcceptedFigures[] = {
    {"42", 42},
    {"-3.5", -3.5},
    {"0", 0},
    {"-0", 0},
    {"007", 7},
    {"90.50", 90.5},
    {"0.001", 0.001},
    {"386 ", 386},
    {"\"386\"", 386},
    {"'1204.25'", 1204.25},
    {"12345678901.2345", 12345678901.2345},
    {"999999999999.999", 999999999999.999},
    {"-999999999999", -999999999999},
    {"0.00000000000001", 0.00000000000001},
};
const char* const kRefusedFigures[] = {
    "1e308",
    "1E3",
    "2e-5",
    "-1e-3",
    "0x1A",
    "0x1p3",
    "0X10",
    "inf",
    "-inf",
    ".inf",
    "nan",
    ".NaN",
    "Infinity",
    "+5",
    "\"1,000\"",
    "1 000",
    "12.",
    ".5",
    "-.5",
    "--1",
    "1.2.3",
    "12%",
    "\"\xC2\xA3"
    "5\"",
    "1_000",
    "0b101",
    "0o17",
    "\"12 children\"",
    "\"\xEF\xBC\x95\"",
    "1000000000000",
    "-1000000000000",
    "123456789012345678901234567890123",
    "1.0000000000000001",
    "0.1234567890123456",
    "0.0000000000000001",
};

// A plan with one indicator whose values are the given texts, each on its own line; `lines`
// gets the line each value is on.
std::string plan_with_figures(const std::vector<std::string>& texts, std::vector<int>& lines) {
  std::string yaml = std::string(TempSite::kPlanYaml) +
                     "indicators:\n  - id: figures\n    title: Figures\n    better: higher\n"
                     "    values:\n";
  for (const auto& t : texts) {
    yaml += "      - date: 2024-03\n";
    lines.push_back(static_cast<int>(std::count(yaml.begin(), yaml.end(), '\n')) + 1);
    yaml += "        value: " + t + "\n";
  }
  return yaml;
}

TEST(Numbers, OnlyPlainDecimalsAreFigures) {
  const std::pair<const char*, NumberParse> kCases[] = {
      {"42", NumberParse::ok},
      {"-3.5", NumberParse::ok},
      {"0000000000000042", NumberParse::ok},      // zeros in front do not count
      {"1.500000000000000000", NumberParse::ok},  // nor zeros after the last decimal
      {"999999999999.999", NumberParse::ok},
      {"0.000000000000001", NumberParse::ok},
      {"1000000000000", NumberParse::too_large},
      {"-1000000000000.5", NumberParse::too_large},
      {"0001000000000000", NumberParse::too_large},
      {"123456789012345678901234567890123", NumberParse::too_large},
      {"1.0000000000000001", NumberParse::too_many_digits},
      {"123456789012.3456", NumberParse::too_many_digits},
      {"0.0000000000000001", NumberParse::too_many_digits},
      {"", NumberParse::not_a_number},
      {"-", NumberParse::not_a_number},
      {".", NumberParse::not_a_number},
      {"+1", NumberParse::not_a_number},
      {"1e5", NumberParse::not_a_number},
      {"1E-5", NumberParse::not_a_number},
      {"0x1p3", NumberParse::not_a_number},
      {"inf", NumberParse::not_a_number},
      {"nan", NumberParse::not_a_number},
      {" 1", NumberParse::not_a_number},
      {"1\n", NumberParse::not_a_number},
      {"1.5.", NumberParse::not_a_number},
      {"\xD9\xA1", NumberParse::not_a_number},  // an Arabic-Indic one
  };
  for (const auto& [text, expected] : kCases) {
    double v = -1;
    EXPECT_EQ(parse_plain_number(text, v), expected) << '"' << text << '"';
  }
  EXPECT_EQ(parse_plain_number("0.1"), 0.1);
  EXPECT_EQ(parse_plain_number("-999999999999.999"), -999999999999.999);
  EXPECT_EQ(parse_plain_number("1204.25"), 1204.25);
  EXPECT_FALSE(std::signbit(*parse_plain_number("-0.000")));
  EXPECT_EQ(parse_plain_number("1e3"), std::nullopt);
}

TEST(Indicators, PlainDecimalFiguresAreRead) {
  std::vector<std::string> texts;
  for (const auto& f : kAcceptedFigures) texts.push_back(f.text);
  std::vector<int> lines;
  TempSite site;
  site.write("content/plans/test-plan.yaml", plan_with_figures(texts, lines));
  Diagnostics diags;
  auto s = site.load(diags);
  ASSERT_TRUE(s) << join(site.messages(), "\n");
  EXPECT_EQ(site.messages(), std::vector<std::string>{});
  const Indicator& ind = s->plans[0].indicators.at(0);
  ASSERT_EQ(ind.values.size(), std::size(kAcceptedFigures));
  for (std::size_t i = 0; i < ind.values.size(); ++i) {
    EXPECT_EQ(ind.values[i].value, kAcceptedFigures[i].value) << kAcceptedFigures[i].text;
    EXPECT_EQ(std::signbit(ind.values[i].value), kAcceptedFigures[i].value < 0)  // never -0
        << kAcceptedFigures[i].text;
  }
}

TEST(Indicators, AnythingButAPlainDecimalFigureIsAnErrorWhereItIsWritten) {
  std::vector<std::string> texts(std::begin(kRefusedFigures), std::end(kRefusedFigures));
  std::vector<int> lines;
  TempSite site;
  site.write("content/plans/test-plan.yaml", plan_with_figures(texts, lines));
  auto m = site.messages();
  for (std::size_t i = 0; i < texts.size(); ++i) {
    EXPECT_TRUE(any_message_has(m, {"test-plan.yaml:" + std::to_string(lines[i]) +
                                        ":16: error: `value` in a value of indicator figures ",
                                    "write the figure as a plain number, e.g. 42 or 3.5"}))
        << texts[i] << "\n"
        << join(m, "\n");
  }
  EXPECT_EQ(m.size(), texts.size()) << join(m, "\n");
}

TEST(Indicators, FiguresInUpdatesAndOtherNumbersAreReadTheSameWay) {
  TempSite site;
  site.write("content/plans/test-plan.yaml", plan_with_indicators());
  site.write("content/updates/2025-04-01-figure.md",
             update_with_value("children-in-care", "2025-03", "1e308"));
  EXPECT_TRUE(any_message_has(
      site.messages(), {"2025-04-01-figure.md:6:45: error: `value` in the value of indicator "
                        "children-in-care ",
                        "write the figure as a plain number"}))
      << join(site.messages(), "\n");
  site.write("content/updates/2025-04-01-figure.md",
             update_with_value("children-in-care", "2025-03", "370"));
  site.write("content/site.yaml",
             replace_all(TempSite::kSiteYaml, "reading_age: 9", "reading_age: 0x9"));
  EXPECT_TRUE(any_message_has(site.messages(), {"site.yaml:5:14: error: `reading_age` in the site",
                                                "write the figure as a plain number"}))
      << join(site.messages(), "\n");
}

TEST(Indicators, PlanValuesMustBeInDateOrder) {
  TempSite site;
  site.write("content/plans/test-plan.yaml",
             plan_with_indicators(replace_all(kIndicators, "date: 2024-03, value: 386",
                                              "date: 2022-03, value: 386")));
  EXPECT_TRUE(
      any_message_has(site.messages(), {"test-plan.yaml:32:9: error: the values of indicator "
                                        "children-in-care are not in date order"}));
}

TEST(Indicators, UpdateValueForUnknownIndicatorOrOutOfOrder) {
  TempSite site;
  site.write("content/plans/test-plan.yaml", plan_with_indicators());
  site.write("content/updates/2025-04-01-figure.md",
             update_with_value("children-in-kare", "2025-03", "370"));
  EXPECT_TRUE(any_message_has(site.messages(), {"2025-04-01-figure.md:6:3: error: there is no "
                                                "indicator `children-in-kare` in plan test-plan",
                                                "did you mean `children-in-care`?"}));
  site.write("content/updates/2025-04-01-figure.md",
             update_with_value("children-in-care", "2024-01", "370"));
  EXPECT_TRUE(any_message_has(
      site.messages(), {"2025-04-01-figure.md:6:21: error: the value of indicator children-in-care "
                        "for January 2024 is not newer than its latest value (March 2024)"}))
      << join(site.messages(), "\n");
}

std::string update_with(const std::string& slug, const std::string& entry) {
  return "---\ntitle: " + slug + "\ndate: 2025-04-01\nplan: test-plan\nindicators:\n  " + entry +
         "\n---\nSome news.\n";
}

TEST(Indicators, AnUpdateSaysWhenTheNextFigureIsDue) {
  TempSite site;
  site.write("content/plans/test-plan.yaml", plan_with_indicators());
  // A figure for the month the plan said the next one was due: that date is answered.
  site.write("content/updates/2025-04-01-a.md",
             update_with("a", "children-in-care: { date: 2025-03, value: 370 }"));
  Diagnostics diags;
  auto s = site.load(diags);
  ASSERT_TRUE(s) << join(site.messages(), "\n");
  EXPECT_FALSE(s->plans[0].indicators.at(0).next_update)
      << "the figure due in March 2025 came: it is not late";

  // A figure with the date of the next one, in the editor's list form.
  site.write("content/updates/2025-04-01-a.md",
             update_with("a",
                         "- { indicator: children-in-care, date: 2025-03, value: 370, "
                         "next_update: 2026-03 }"));
  s = site.load(diags);
  ASSERT_TRUE(s) << join(site.messages(), "\n");
  EXPECT_EQ(s->plans[0].indicators.at(0).next_update->iso(), "2026-03");

  // Only a new date, when the figure is late: no figure is added.
  site.write("content/updates/2025-05-01-b.md",
             "---\ntitle: b\ndate: 2025-05-01\nplan: test-plan\nindicators:\n"
             "  children-in-care: { next_update: 2026-06 }\n---\nThe figure is late.\n");
  s = site.load(diags);
  ASSERT_TRUE(s) << join(site.messages(), "\n");
  const Indicator& ind = s->plans[0].indicators.at(0);
  EXPECT_EQ(ind.values.size(), 3u);
  EXPECT_EQ(ind.next_update->iso(), "2026-06") << "the newest update's date wins";

  // A date with no value is still an error; so is a date that is not a date.
  site.write("content/updates/2025-05-01-b.md",
             "---\ntitle: b\ndate: 2025-05-01\nplan: test-plan\nindicators:\n"
             "  children-in-care: { date: 2025-04, next_update: 2026-13 }\n---\nHm.\n");
  auto messages = site.messages();
  EXPECT_TRUE(any_message_has(messages, {"2025-05-01-b.md:6:", "value"})) << join(messages, "\n");
  EXPECT_TRUE(any_message_has(messages, {"2025-05-01-b.md:6:", "2026-13"})) << join(messages, "\n");
}

TEST(Indicators, AnUpdatePageListsItsNewFiguresUnderWhatChanged) {
  TempSite site;
  site.add_themes();
  site.write("content/plans/test-plan.yaml", plan_with_indicators());
  site.write("content/updates/2025-04-01-a.md",
             update_with("a",
                         "children-in-care: { date: 2025-03, value: 370, next_update: "
                         "2026-03 }"));
  SiteSession session(testing::session_options(site));
  Diagnostics diags;
  ASSERT_TRUE(session.refresh(diags).ok) << join(site.messages(), "\n");
  const OutputFile* page = session.pages()->find("updates/2025-04-01-a/index.html");
  ASSERT_NE(page, nullptr);
  const std::string html = page->content();
  EXPECT_NE(html.find("<h2>What changed</h2>"), std::string::npos) << html;
  EXPECT_NE(html.find("<a href=\"/plans/test-plan/indicators/#indicator-children-in-care\">Care "
                      "experienced children</a>: the new figure is 370 children, for March 2025. "
                      "The next figure is due in March 2026."),
            std::string::npos)
      << html;
}

Indicator series(const std::string& better, std::vector<std::pair<std::string, double>> values,
                 const std::string& unit = "children") {
  Indicator ind;
  ind.id = "x";
  ind.title.value = "A figure";
  ind.unit = unit;
  ind.better = better;
  for (const auto& [date, v] : values) ind.values.push_back({*parse_date(date), v, "", "", {}});
  return ind;
}

TEST(IndicatorSentences, DirectionAndGoodNews) {
  EXPECT_EQ(
      indicator_sentence(english_words(), series("lower", {{"2023-03", 429}, {"2024-03", 386}})),
      "Down from 429 children to 386 children since March 2023 \xE2\x80\x94 that is good news.");
  EXPECT_EQ(
      indicator_sentence(english_words(), series("higher", {{"2022", 85.7}, {"2024", 90.5}}, "%")),
      "Up from 85.7% to 90.5% since 2022 \xE2\x80\x94 that is good news.");
  EXPECT_EQ(indicator_sentence(english_words(),
                               series("higher", {{"2022", 20}, {"2023", 18}}, "young people")),
            "Down from 20 young people to 18 young people since 2022 \xE2\x80\x94 that is not good "
            "news yet.");
  EXPECT_EQ(indicator_sentence(english_words(), series("lower", {{"2022-11", 173}})),
            "The figure was 173 children in November 2022. This is the first figure, so we cannot "
            "see a change yet.");
  EXPECT_EQ(indicator_sentence(english_words(), series("lower", {{"2022", 5}, {"2023", 5}})),
            "The figure is 5 children, the same as in 2022.");
}

TEST(IndicatorSentences, TargetAndOverdueNextFigure) {
  Indicator ind = series("lower", {{"2023-03", 429}, {"2024-03", 386}});
  ind.target = IndicatorValue{*parse_date("2026-03"), 350, "", "", {}};
  EXPECT_EQ(indicator_target_sentence(english_words(), ind),
            "We want it to be 350 children by March 2026. We need 36 children fewer to get there.");
  ind.target->value = 400;
  EXPECT_EQ(indicator_target_sentence(english_words(), ind),
            "We want it to be 400 children by March 2026. We have reached it.");
  ind.next_update = parse_date("2025-03");
  EXPECT_EQ(next_update_sentence(english_words(), ind, Date{2025, 3, 31}),
            "The next figure is due in March 2025.");
  EXPECT_EQ(
      next_update_sentence(english_words(), ind, Date{2025, 4, 1}),
      "The next figure was due in March 2025. It is late. We will add it as soon as we have it.");
}

// Golden SVGs: set PROMISEHUB_UPDATE_GOLDEN=1 to rewrite them after a deliberate change.
void expect_golden(const std::string& name, const std::string& svg) {
  std::string path = std::string(PROMISEHUB_SOURCE_DIR) + "/tests/golden/" + name + ".svg";
  if (std::getenv("PROMISEHUB_UPDATE_GOLDEN")) std::ofstream(path, std::ios::binary) << svg << "\n";
  EXPECT_EQ(read_file(path), svg + "\n") << "golden file " << path;
  EXPECT_NE(svg.find("role=\"img\""), std::string::npos);
  // One accessible name, and no <title> that would be read as its description too.
  EXPECT_NE(svg.find("aria-label=\""), std::string::npos);
  EXPECT_EQ(svg.find("<title"), std::string::npos);
}

TEST(IndicatorCharts, AxisDatesAreInWords) {
  EXPECT_EQ(chart_date(*parse_date("2022-11")), "Nov 2022");
  EXPECT_EQ(chart_date(*parse_date("2024-03-31")), "Mar 2024");
  EXPECT_EQ(chart_date(*parse_date("2021")), "2021");
  std::string svg = indicator_svg(series("lower", {{"2022-11", 173}, {"2023-11", 160}}), "N", "d");
  EXPECT_NE(svg.find(">Nov 2022</text>"), std::string::npos) << svg;
  EXPECT_EQ(svg.find("2022-11"), std::string::npos) << svg;
}

TEST(IndicatorCharts, GoldenSvgs) {
  Indicator falling = series("lower", {{"2023-03", 429}, {"2024-03", 386}});
  falling.target = IndicatorValue{*parse_date("2026-03"), 350, "", "", {}};
  expect_golden("falling-with-target", indicator_svg(falling, "Falling", "c1"));
  expect_golden(
      "rising",
      indicator_svg(series("higher", {{"2021", 20}, {"2022", 27}, {"2023", 35}}), "Rising", "c2"));
  expect_golden("one-point", indicator_svg(series("lower", {{"2022-11", 173}}), "One point", "c3"));
  expect_golden(
      "negative-change",
      indicator_svg(series("higher", {{"2020", -4}, {"2021", -12.5}}, ""), "Negative", "c4"));
  expect_golden(
      "percentages",
      indicator_svg(series("higher", {{"2022", 85.7}, {"2024", 90.5}}, "%"), "Per cent", "c5"));
}

// Every coordinate of the drawing is a finite number inside its 320 × 200 box.
void expect_drawable(const std::string& svg) {
  for (const char* bad : {"nan", "NaN", "inf", "Inf"})
    EXPECT_EQ(svg.find(bad), std::string::npos) << bad << " in " << svg;
  static const std::regex kCoordinate(R"re(\b(?:x|y|x1|y1|x2|y2|cx|cy)="([^"]*)")re");
  static const std::regex kPathNumber(R"re(-?[0-9][0-9.]*)re");
  std::vector<std::string> numbers;
  for (std::sregex_iterator it(svg.begin(), svg.end(), kCoordinate), end; it != end; ++it)
    numbers.push_back((*it)[1]);
  std::smatch path;
  if (std::regex_search(svg, path, std::regex(R"re(<path class="line" d="([^"]*)")re"))) {
    std::string d = path[1];
    for (std::sregex_iterator it(d.begin(), d.end(), kPathNumber), end; it != end; ++it)
      numbers.push_back(it->str());
  }
  EXPECT_FALSE(numbers.empty()) << svg;
  for (const auto& n : numbers) {
    char* stop = nullptr;
    double v = std::strtod(n.c_str(), &stop);
    EXPECT_TRUE(*stop == '\0' && std::isfinite(v) && v >= -20 && v <= 340) << n << " in " << svg;
  }
}

TEST(IndicatorCharts, LargeEqualAndExtremeFiguresDrawFiniteWithTrueLabels) {
  const double big = 999999999999.9;  // the largest kind of figure `check` lets through
  Indicator equal = series("higher", {{"2023", big}, {"2024", big}});
  equal.target = IndicatorValue{*parse_date("2026"), big, "", "", {}};
  std::string svg = indicator_svg(equal, "Big", "b1");
  expect_drawable(svg);
  EXPECT_NE(svg.find(">Target 999,999,999,999.9</text>"), std::string::npos) << svg;
  EXPECT_NE(svg.find(">850,000,000,000</text>"), std::string::npos) << svg;
  EXPECT_NE(svg.find(">1,100,000,000,000</text>"), std::string::npos) << svg;

  // All figures zero: a range of nothing, and no axis below zero for a count.
  svg = indicator_svg(series("lower", {{"2022", 0}, {"2023", 0}, {"2024", 0}}), "Zero", "b2");
  expect_drawable(svg);
  EXPECT_NE(svg.find(">0</text>"), std::string::npos) << svg;
  EXPECT_EQ(svg.find(">-1</text>"), std::string::npos) << svg;

  // Figures as far apart as `check` allows, and as close together.
  expect_drawable(indicator_svg(series("higher", {{"2022", -big}, {"2024", big}}), "Wide", "b3"));
  svg = indicator_svg(series("higher", {{"2022", 999999999999.998}, {"2023", 999999999999.999}}),
                      "Close", "b4");
  expect_drawable(svg);
  EXPECT_NE(svg.find(">999,999,999,999.9</text>"), std::string::npos) << svg;  // two labels,
  EXPECT_NE(svg.find(">1,000,000,000,000</text>"), std::string::npos) << svg;  // never one twice

  // Whatever a caller passes, the drawing stays finite: values `check` never lets through.
  for (auto values : std::vector<std::vector<std::pair<std::string, double>>>{
           {{"2022", -1e308}, {"2024", 1e308}},
           {{"2022", DBL_MAX}, {"2024", DBL_MAX}},
           {{"2022", -DBL_MAX}},
           {{"2022", 5}, {"2023", std::nan("")}, {"2024", HUGE_VAL}},
           {{"2022", DBL_MIN}, {"2024", 2 * DBL_MIN}}}) {
    Indicator ind = series("higher", values);
    ind.target = IndicatorValue{*parse_date("2026"), values[0].second, "", "", {}};
    expect_drawable(indicator_svg(ind, "Extreme", "b5"));
  }
}

TEST(IndicatorCharts, StatusBarKeepsSegmentsApartAndLabelled) {
  std::string svg = status_bar_svg(
      {{"done", "Done", 2}, {"underway", "Happening now", 6}, {"ongoing", "We keep doing this", 0}},
      "Chart of the promises by status", "p");
  EXPECT_NE(svg.find("id=\"p\""), std::string::npos) << svg;
  EXPECT_NE(svg.find("role=\"img\" aria-label=\"Chart of the promises by status\""),
            std::string::npos)
      << svg;
  EXPECT_EQ(svg.find("<title"), std::string::npos) << "the name is not read twice";
  EXPECT_NE(svg.find("class=\"seg status-done\" x=\"0\" y=\"0\" width=\"74\""), std::string::npos)
      << svg;
  EXPECT_NE(svg.find("class=\"seg status-underway\" x=\"75\""), std::string::npos) << svg;
  EXPECT_EQ(svg.find("status-ongoing"), std::string::npos) << "empty statuses draw nothing";
}

TEST(Numbers, AsPeopleWriteThem) {
  EXPECT_EQ(format_number(12345), "12,345");
  EXPECT_EQ(format_number(-1234567), "-1,234,567");
  EXPECT_EQ(format_number(90.5), "90.5");
  EXPECT_EQ(format_value(45, "weeks"), "45 weeks");
  EXPECT_EQ(format_value(85.7, "%"), "85.7%");
  EXPECT_EQ(format_number(2.96), "3");
  EXPECT_EQ(format_number(-0.04), "0");
}

TEST(Numbers, LongFiguresAreNeverCutShort) {
  EXPECT_EQ(format_number(999999999999.9), "999,999,999,999.9");
  EXPECT_EQ(format_number(-999999999999), "-999,999,999,999");
  EXPECT_EQ(format_number(123456789012.34), "123,456,789,012.3");
  // Beyond what `check` lets through: the figure to 15 digits, never a cut-off one.
  EXPECT_EQ(format_number(1e35), "100,000,000,000,000,000,000,000,000,000,000,000");
  EXPECT_EQ(format_number(-1.5e20), "-150,000,000,000,000,000,000");
  std::string most = format_number(DBL_MAX);
  EXPECT_EQ(most.size(), 309u + 102u) << most;
  EXPECT_EQ(most.substr(0, 20), "179,769,313,486,232,") << most;
  EXPECT_EQ(format_number(std::nan("")).find("nan"), std::string::npos);
  EXPECT_EQ(format_number(HUGE_VAL).find("inf"), std::string::npos);
}

}  // namespace
}  // namespace promisehub
