// Keyboard use of a promise page: Tab goes skip link → quick exit skip link → quick exit button
// → navigation → main content, every stop shows a visible focus indicator, and nothing that has
// focus is hidden under the sticky quick exit bar (WCAG 2.4.11).
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

// What the element with focus is, where it is, and how its focus shows.
function describeFocus() {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const cs = getComputedStyle(el);
  const r = el.getBoundingClientRect();
  // Is any part of it drawn over by the quick exit bar? Look at its centre and near its corners.
  const bar = document.querySelector(".quick-exit");
  const points = [[0.5, 0.5], [0.1, 0.1], [0.9, 0.1], [0.1, 0.9], [0.9, 0.9]].map(([fx, fy]) => [
    r.left + fx * r.width, r.top + fy * r.height]);
  const barCovers = !bar.contains(el) && points.some(([x, y]) => {
    const top = x >= 0 && y >= 0 && x < innerWidth && y < innerHeight ? document.elementFromPoint(x, y) : null;
    return !!top && bar.contains(top);
  });
  const region = (sel) => !!el.closest(sel);
  return {
    tag: el.tagName.toLowerCase(),
    text: (el.innerText || el.getAttribute("aria-label") || "").trim().slice(0, 60),
    href: el.getAttribute("href"),
    cls: el.className && typeof el.className === "string" ? el.className : "",
    where: region(".skip-links") ? "skip" : region(".quick-exit") ? "exit" : region("nav.site-nav") ? "nav"
      : region("header") ? "header" : region("nav.breadcrumbs") ? "breadcrumbs" : region("main") ? "main"
      : region("aside") ? "help" : region("footer") ? "footer" : "other",
    outline: cs.outlineStyle !== "none" && parseFloat(cs.outlineWidth) >= 2,
    shadow: cs.boxShadow !== "none",
    visible: r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight,
    barCovers,
  };
}

async function tabThrough(page, limit = 400) {
  const stops = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const f = await page.evaluate(describeFocus);
    if (!f) break; // focus went back to the browser
    if (stops.length && f.where === "skip" && stops[0].text === f.text) break; // wrapped round
    stops.push(f);
    if (f.where === "footer" && stops.filter((s) => s.where === "footer").length >= 5) break;
  }
  return stops;
}

// A desktop, a phone, and a width where the quick exit's hint wraps onto two lines; on a phone,
// the promise page in each of the site's other languages too (its header has their switcher).
const runs = [{ width: 1280, height: 800 }, { width: 375, height: 667 }, { width: 560, height: 700 }].map((viewport) => ({ viewport }));
for (const { lang, kind } of site.languagePages()) if (kind === "promise") runs.push({ viewport: { width: 375, height: 667 }, lang });
for (const { viewport, lang } of runs) {
  test(`promise page${lang ? ` in ${lang}` : ""} at ${viewport.width} px: tab order, visible focus, nothing hidden under the quick exit`, async () => {
    const { context } = await site.guardedContext(browser, { viewport });
    const page = await context.newPage();
    await site.visit(page, server.origin, lang ? `/${lang}${kinds.promise}` : kinds.promise);
    const stops = await tabThrough(page);
    const at = (where) => stops.findIndex((s) => s.where === where);

    assert.ok(stops.length > 15, `only ${stops.length} tab stops`);
    // In the page's own language: the theme's words for it.
    const words = (name) => site.themeWord(lang || "en", name);
    assert.equal(stops[0].text, words("layout.skip_to_main"));
    assert.equal(stops[0].href, "#main");
    assert.equal(stops[1].text, words("layout.leave_quickly"));
    assert.equal(stops[1].href, site.quickExitUrl());
    assert.equal(stops[2].where, "exit");
    assert.equal(stops[2].text, words("layout.leave"));
    assert.ok(at("nav") > 2, "the navigation comes after the quick exit");
    assert.ok(at("main") > at("nav"), "the main content comes after the navigation");
    assert.ok(at("help") > at("main") && at("footer") > at("help"), "help, then footer, after the main content");
    // Regions are not interleaved: once Tab has left one, it does not come back to it.
    const order = stops.map((s) => s.where).filter((w, i, all) => i === 0 || w !== all[i - 1]);
    assert.equal(new Set(order).size, order.length, `tab order jumps between regions: ${order.join(" → ")}`);
    // The main content starts with the promise itself.
    assert.ok(stops.slice(at("main")).some((s) => s.tag === "summary"), "the official wording can be opened from the keyboard");

    // Back up the page with Shift+Tab: now each stop arrives at the top edge, where the bar is.
    const backStops = [];
    for (let i = 0; i < stops.length - 1; i++) {
      await page.keyboard.press("Shift+Tab");
      backStops.push(await page.evaluate(describeFocus));
    }
    assert.deepEqual(backStops.map((s) => s.text), stops.slice(0, -1).reverse().map((s) => s.text), "Shift+Tab retraces Tab");

    const problems = [];
    for (const s of [...stops, ...backStops]) {
      const name = `${s.where}: ${s.tag} “${s.text}”`;
      if (!s.outline && !s.shadow) problems.push(`${name} has no visible focus indicator`);
      if (!s.visible) problems.push(`${name} is not on screen when it has focus`);
      if (s.barCovers) problems.push(`${name} is under the quick exit bar when it has focus`);
    }
    assert.equal(problems.length, 0, "\n" + problems.join("\n"));
    await context.close();
  });
}

test("the skip link moves focus to the main content", async () => {
  const { context } = await site.guardedContext(browser, { viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await site.visit(page, server.origin, kinds.promise);
  await page.keyboard.press("Tab");
  const skip = await page.evaluate(() => {
    const r = document.activeElement.getBoundingClientRect();
    return { text: document.activeElement.textContent, top: r.top, height: r.height };
  });
  assert.equal(skip.text, "Skip to main content");
  assert.ok(skip.top >= 0 && skip.height >= 44, "the skip link is shown, and big enough, when it has focus");
  await page.keyboard.press("Enter");
  assert.equal(await page.evaluate(() => document.activeElement.id), "main");
  await page.keyboard.press("Tab");
  assert.ok(await page.evaluate(() => !!document.activeElement.closest("main")), "the next Tab stays in the main content");
  await context.close();
});

test("the official wording opens and closes with the keyboard", async () => {
  const { context } = await site.guardedContext(browser);
  const page = await context.newPage();
  await site.visit(page, server.origin, kinds.promise);
  const official = page.locator("details.official");
  const quote = official.locator("blockquote");
  assert.equal(await quote.isVisible(), false, "the official wording is closed at first");
  await official.locator("summary").focus();
  await page.keyboard.press("Enter");
  assert.equal(await quote.isVisible(), true);
  // The plain version comes first: the h1 is before the official wording.
  assert.ok(await page.evaluate(() => {
    const h1 = document.querySelector("main h1");
    return !!(h1.compareDocumentPosition(document.querySelector("details.official")) & Node.DOCUMENT_POSITION_FOLLOWING);
  }));
  await page.keyboard.press("Space");
  assert.equal(await quote.isVisible(), false);
  await context.close();
});

test("plan filters work from the keyboard without JavaScript", async () => {
  const { context } = await site.guardedContext(browser, { javaScriptEnabled: false });
  const page = await context.newPage();
  await site.visit(page, server.origin, kinds.plan);
  const all = await page.locator("main .action-card").count();
  // The plan opens with its promises: the filters are folded away, and open from the keyboard.
  const folded = page.locator("details.filters");
  assert.equal(await folded.getAttribute("open"), null, "the filters start folded");
  assert.equal(await page.locator(".filters .filter-list a").first().isVisible(), false);
  await folded.locator("summary").focus();
  await page.keyboard.press("Enter");
  assert.notEqual(await folded.getAttribute("open"), null, "Enter opens the filters");
  const link = page.locator(".filters .filter-list a").first();
  const label = (await link.innerText()).replace(/\s*\(\d+\)\s*$/, "");
  const count = Number((await link.innerText()).match(/\((\d+)\)/)[1]);
  await link.focus();
  await Promise.all([page.waitForURL(/\/status\//), page.keyboard.press("Enter")]);
  assert.equal(await page.locator("main .action-card").count(), count, `the "${label}" filter shows ${count} promises`);
  assert.ok(count < all);
  // On a filtered page the filters are open, showing which one is chosen.
  assert.notEqual(await page.locator("details.filters").getAttribute("open"), null);
  assert.equal(await page.locator(".filters a[aria-current='page']").innerText().then((t) => t.startsWith(label)), true);
  await context.close();
});
