// Search with Pagefind, over the index `promisehub build` makes with the site (the CTest fixture):
// typing a word shows results, by keyboard, announced to screen readers, with no request leaving
// the site; without JavaScript the page says so and links to the plans.
"use strict";

const { test, before, after } = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const site = require("./support/site");

let server, browser, kinds;
before(async () => {
  server = await site.startServer();
  browser = await site.launchBrowser();
  kinds = site.pageKinds();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test("the site has a Pagefind index (made by promisehub build)", () => {
  for (const file of ["pagefind-ui.js", "pagefind-ui.css", "pagefind.js", "pagefind-entry.json"]) {
    assert.ok(fs.existsSync(path.join(site.siteDir(), "pagefind", file)), `pagefind/${file} is missing`);
  }
});

test("the index holds every update and promise, and no list or filter page (src/search/search_index.h)", () => {
  const dir = site.siteDir();
  const entry = JSON.parse(fs.readFileSync(path.join(dir, "pagefind", "pagefind-entry.json"), "utf8"));
  const indexed = Object.values(entry.languages).reduce((n, language) => n + language.page_count, 0);
  const html = [];
  const walk = (sub) => {
    for (const e of fs.readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${e.name}` : e.name;
      if (e.isDirectory() && e.name !== "pagefind" && e.name !== "admin") walk(rel);
      else if (e.isFile() && e.name.endsWith(".html")) html.push(rel);
    }
  };
  walk("");
  // Pages in the other languages (/gd/…) are indexed the same way.
  const languages = site.languageFolders(dir);
  const rest = (f) => (languages.some((l) => f.startsWith(`${l}/`)) ? f.slice(f.indexOf("/") + 1) : f);
  const lists = html.filter((f) => /^plans\/[^/]+\/(status|for|theme)\/|^updates\/page\//.test(rest(f)));
  const updates = html.filter((f) => /^updates\/[^/]+\/index\.html$/.test(rest(f)) && !rest(f).startsWith("updates/page/"));
  const promises = html.filter((f) => /^plans\/[^/]+\/[^/]+\/index\.html$/.test(rest(f)) && !lists.includes(f));
  assert.ok(lists.length > 0 && updates.length > 0 && promises.length > 0);
  assert.ok(indexed >= updates.length + promises.length, `${indexed} pages indexed, fewer than the updates and promises`);
  assert.ok(indexed <= html.length - lists.length, `${indexed} pages indexed: lists or filter pages are in the index`);
});

test("each language has its own index, and the Gaelic search page finds Gaelic pages", async () => {
  const dir = site.siteDir();
  const entry = JSON.parse(fs.readFileSync(path.join(dir, "pagefind", "pagefind-entry.json"), "utf8"));
  const langs = Object.keys(entry.languages);
  for (const lang of ["en", "gd", "ar"]) assert.ok(langs.some((l) => l.startsWith(lang)), `no ${lang} index: ${langs.join(", ")}`);
  const { context, offsite } = await site.guardedContext(browser, { viewport: { width: 375, height: 800 } });
  const page = await context.newPage();
  await site.visit(page, server.origin, `/gd${kinds.search}`);
  const box = page.getByRole("textbox");
  await box.waitFor();
  await box.fill("cuidichidh");
  const results = page.locator(".pagefind-ui__result-link");
  await results.first().waitFor({ timeout: 10000 });
  const hrefs = await results.evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  assert.ok(hrefs.length > 0);
  for (const href of hrefs) assert.match(href, /^\/gd\//, `a result on the Gaelic search page leads to ${href}`);
  assert.deepEqual(offsite, []);
  await context.close();
});

test("typing a word with the keyboard shows results that lead to the right pages", async () => {
  const { context, offsite } = await site.guardedContext(browser, { viewport: { width: 375, height: 800 } });
  const page = await context.newPage();
  await site.visit(page, server.origin, kinds.search);
  const box = page.getByRole("textbox");
  await box.waitFor();
  // Reach the box with Tab from the main content, as a keyboard user would.
  await page.locator("main").focus();
  for (let i = 0; i < 10 && !(await box.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  assert.ok(await box.evaluate((el) => el === document.activeElement), "Tab does not reach the search box");
  await page.keyboard.type("family", { delay: 30 });
  const results = page.locator(".pagefind-ui__result-link");
  await results.first().waitFor({ timeout: 10000 });
  assert.ok((await results.count()) > 0);
  const titles = await results.allInnerTexts();
  assert.ok(titles.some((t) => /famil/i.test(t)), `no result about families: ${titles.join(" | ")}`);
  // Results point at real pages of this site, never at a filter page or the search page itself.
  const hrefs = await results.evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  for (const href of hrefs) {
    assert.match(href, /^\//, `result link ${href} leaves the site`);
    assert.doesNotMatch(href, /\/(status|for|theme)\/|\/search\/|404/, `result ${href} is not a page worth finding`);
  }
  // Screen readers are told how many results there are.
  await page.waitForFunction(() => /result/i.test(document.querySelector("[data-search-status]")?.textContent || ""), null, { timeout: 5000 });
  const said = await page.locator("[data-search-status]").textContent();
  assert.match(said, /\d+ results? for family/i);
  // Tab from the box reaches the results, and Enter opens one.
  let onResult = false;
  for (let i = 0; i < 5 && !onResult; i++) {
    await page.keyboard.press("Tab");
    onResult = await page.evaluate(() => document.activeElement?.classList.contains("pagefind-ui__result-link"));
  }
  assert.ok(onResult, "Tab does not reach the first result");
  const target = await page.evaluate(() => document.activeElement.getAttribute("href"));
  await Promise.all([page.waitForURL(server.origin + target), page.keyboard.press("Enter")]);

  assert.deepEqual(offsite, [], "search made requests that left 127.0.0.1");
  await context.close();
});

test("the search page with results has no axe violations, in light and dark, and no CSP violations", async () => {
  for (const colorScheme of ["light", "dark"]) {
    const { context, offsite } = await site.guardedContext(browser, { colorScheme, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await site.visit(page, server.origin, kinds.search);
    await page.getByRole("textbox").fill("promise");
    await page.locator(".pagefind-ui__result-link").first().waitFor({ timeout: 10000 });
    const violations = await site.axe(page);
    assert.equal(violations.length, 0, "\n" + site.describeViolations(`search (${colorScheme})`, violations));
    assert.deepEqual(await site.cspViolations(page), []);
    // Result links and buttons are big enough to tap.
    const small = await page.evaluate(() =>
      [...document.querySelectorAll("#search a, #search button, #search input")]
        .filter((el) => el.checkVisibility())
        .map((el) => ({ text: el.innerText || el.tagName, r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.width < 43.5 || r.height < 43.5)
        .map(({ text, r }) => `${text} ${r.width}×${r.height}`),
    );
    assert.deepEqual(small, [], "search targets smaller than 44×44");
    assert.deepEqual(offsite, []);
    await context.close();
  }
});

test("a word that is nowhere says so plainly", async () => {
  const { context } = await site.guardedContext(browser);
  const page = await context.newPage();
  await site.visit(page, server.origin, kinds.search);
  await page.getByRole("textbox").fill("zebra");
  await page.getByText("Nothing found for zebra. Try another word.").waitFor({ timeout: 10000 });
  await page.waitForFunction(() => /Nothing found/.test(document.querySelector("[data-search-status]").textContent), null, { timeout: 5000 });
  await context.close();
});

test("without JavaScript: the page says search needs it, and links to every plan", async () => {
  const { context, offsite } = await site.guardedContext(browser, { javaScriptEnabled: false });
  const page = await context.newPage();
  await site.visit(page, server.origin, kinds.search);
  // (Playwright's getByText does not look inside <noscript>, so read what is drawn instead.)
  const shown = await page.locator("main").innerText();
  assert.match(shown, /Search needs JavaScript, and it is turned off/);
  const planLinks = page.locator("main").getByRole("link", { name: /./ });
  const hrefs = await planLinks.evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  assert.ok(hrefs.includes(kinds.plan), `no link to ${kinds.plan} in ${hrefs.join(", ")}`);
  for (const h of hrefs) assert.ok(await page.locator(`main a[href="${h}"]`).first().isVisible(), `${h} is not visible`);
  // Nothing that needs JavaScript pretends to be there.
  assert.equal(await page.getByRole("textbox").count(), 0);
  assert.equal(await page.getByText("Search is not working right now").isVisible(), false);
  assert.deepEqual(offsite, []);
  await context.close();
});

test("when the index is missing (as in `promisehub serve`), the page says so and links to the plans", async () => {
  const { context } = await site.guardedContext(browser);
  const page = await context.newPage();
  await page.route(/\/pagefind\//, (route) => route.fulfill({ status: 404, body: "" }));
  await site.visit(page, server.origin, kinds.search);
  const fallback = page.getByText("Search is not working right now");
  await fallback.waitFor({ timeout: 5000 });
  assert.ok(await page.locator(`main a[href="${kinds.plan}"]`).first().isVisible());
  await context.close();
});
