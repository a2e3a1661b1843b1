// What a reader at the end of a promise meets (issue 17): big text on a small phone without
// sideways scrolling, each chart heard once, the page that says what to do if a promise is not
// kept, and nothing that jumps when the page finishes loading.
"use strict";

const { test, before, after } = require("node:test");
const assert = require("node:assert/strict");
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

test("with the browser's own font size at 32 px, no page scrolls sideways at 320 px", async () => {
  const { context } = await site.guardedContext(browser, { viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  // The browser's default font size, as a reader sets it in the settings (not page zoom).
  const cdp = await context.newCDPSession(page);
  await cdp.send("Page.enable");
  await cdp.send("Page.setFontSizes", { fontSizes: { standard: 32, fixed: 32 } });
  const wide = [];
  const inLanguages = site.languagePages().map(({ lang, kind, address }) => [`${kind} in ${lang}`, address]);
  for (const [kind, address] of [...Object.entries(kinds), ...inLanguages]) {
    await site.visit(page, server.origin, address);
    const m = await page.evaluate(() => ({
      font: parseFloat(getComputedStyle(document.documentElement).fontSize),
      width: document.scrollingElement.scrollWidth,
    }));
    assert.equal(m.font, 32, `${address}: the default font size was not applied`);
    if (m.width > 320) wide.push(`${kind} ${address}: ${m.width} px wide`);
  }
  await context.close();
  assert.deepEqual(wide, [], wide.join("\n"));
});

test("each chart has one short accessible name and is not described again", async () => {
  const { context } = await site.guardedContext(browser);
  const page = await context.newPage();
  for (const address of [kinds.home, kinds.plan, kinds.indicators]) {
    await site.visit(page, server.origin, address);
    const charts = await page.locator("svg[role='img']").all();
    assert.ok(charts.length > 0, `${address}: no charts`);
    const cdp = await context.newCDPSession(page);
    const { nodes } = await cdp.send("Accessibility.getFullAXTree");
    const images = nodes.filter((n) => n.role?.value === "image" && !n.ignored);
    for (const svgNode of images) {
      const name = svgNode.name?.value || "";
      const description = (svgNode.description?.value || "").trim();
      assert.match(name, /^Chart of /, `${address}: a chart is named "${name}"`);
      assert.equal(description, "", `${address}: the chart "${name}" also has a description "${description}"`);
    }
    // The numbers are in the text beside the chart, once: the name does not repeat them.
    const summary = await page.locator(".progress-summary").first().textContent().catch(() => "");
    if (summary) {
      for (const n of images) assert.notEqual(n.name?.value, summary.trim(), `${address}: chart name repeats the summary`);
    }
    await cdp.detach();
  }
  await context.close();
});

test("every promise page links to what you can do if a promise is not kept", async () => {
  const { context } = await site.guardedContext(browser);
  const page = await context.newPage();
  await site.visit(page, server.origin, kinds.promise);
  const link = page.getByRole("link", { name: "What you can do if a promise is not kept" });
  await link.click();
  await page.waitForURL(/\/if-a-promise-is-not-kept\/$/);
  assert.equal(await page.locator("h1").textContent(), "If a promise is not kept");
  // Who to tell, an advocate, the Commissioner and the Ombudsman, with ways to reach them.
  for (const heading of ["Tell us", "Get someone on your side", "Children and Young People’s Commissioner Scotland", "Scottish Public Services Ombudsman (SPSO)"])
    assert.equal(await page.getByRole("heading", { name: heading }).count(), 1, `no heading "${heading}"`);
  const tel = page.locator("main a[href^='tel:']");
  assert.ok((await tel.count()) >= 2, "phone numbers to call");
  // A number never breaks over two lines, even at 320 px.
  await page.setViewportSize({ width: 320, height: 640 });
  for (const a of await tel.all()) {
    const lines = await a.evaluate((el) => el.getClientRects().length);
    assert.equal(lines, 1, `${await a.textContent()} wraps`);
  }
  // Help links to it too, and its heading for the council has something under it.
  await site.visit(page, server.origin, kinds.help);
  assert.equal(await page.locator("main a[href$='/if-a-promise-is-not-kept/']").count(), 1);
  const contact = page.locator("h2", { hasText: /^Contact / });
  assert.equal(await contact.count(), 1);
  assert.ok(await contact.evaluate((h) => h.nextElementSibling?.querySelector("a[href]") !== null),
    "the Contact heading has a way to reach the council under it");
  await context.close();
});

test("searching for complain finds the page", async (t) => {
  if (!require("node:fs").existsSync(require("node:path").join(site.siteDir(), "pagefind"))) {
    t.skip("the site under test has no Pagefind index");
    return;
  }
  const { context } = await site.guardedContext(browser);
  const page = await context.newPage();
  await site.visit(page, server.origin, kinds.search);
  await page.locator(".pagefind-ui__search-input").fill("complain");
  const result = page.locator(".pagefind-ui__result-link", { hasText: "If a promise is not kept" });
  await result.first().waitFor({ timeout: 10000 });
  await context.close();
});

test("nothing shifts as a page finishes loading (CLS < 0.01), search included", async () => {
  const { context } = await site.guardedContext(browser);
  await context.addInitScript(() => {
    window.__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
    }).observe({ type: "layout-shift", buffered: true });
  });
  const page = await context.newPage();
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    for (const address of [kinds.home, kinds.promise, kinds.search]) {
      await site.visit(page, server.origin, address);
      if (address === kinds.search) await page.locator(".pagefind-ui__search-input").waitFor({ timeout: 10000 }).catch(() => {});
      await page.waitForTimeout(300);
      const cls = await page.evaluate(() => window.__cls);
      assert.ok(cls < 0.01, `${address} at ${width} px: layout shift ${cls.toFixed(3)}`);
    }
  }
  await context.close();
});
