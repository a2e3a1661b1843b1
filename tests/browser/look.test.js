// How the site looks: one column on a phone, big enough text and short enough lines on a desktop,
// system fonts, print, forced colours and reduced motion; and screenshots of the home, a plan and
// a promise page at 375 and 1280 px for the README (tests/browser/screenshots/).
"use strict";

const { test, before, after } = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const site = require("./support/site");

const SHOTS = process.env.PROMISEHUB_SCREENSHOT_DIR || path.join(__dirname, "screenshots");
const MAX_BYTES = 400 * 1024;
// Full-page shots stop here: past a few screens a README picture says nothing more.
const MAX_HEIGHT = { 375: 2400, 1280: 1800 };

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

test("on a phone (375 px) everything is one column", async () => {
  const { context } = await site.guardedContext(browser, { viewport: { width: 375, height: 800 } });
  const page = await context.newPage();
  for (const address of [kinds.home, kinds.plan, kinds.expect, kinds.updates]) {
    await site.visit(page, server.origin, address);
    const lefts = await page.$$eval(".cards > li, .help-list > li", (els) => [...new Set(els.map((e) => Math.round(e.getBoundingClientRect().left)))]);
    assert.equal(lefts.length, 1, `${address}: cards or help contacts side by side on a phone (${lefts})`);
    const mainBox = await page.locator("main").boundingBox();
    assert.ok(mainBox.width <= 375, `${address}: main is wider than the phone`);
  }
  await context.close();
});

test("on a desktop (1280 px) body text is at least 19 px and lines at most 70 characters", async () => {
  const { context } = await site.guardedContext(browser, { viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  for (const address of [kinds.home, kinds.plan, kinds.promise, kinds.update, kinds.help]) {
    await site.visit(page, server.origin, address);
    const facts = await page.evaluate(() => {
      const p = document.querySelector("main p:not(.eyebrow):not(.card-date)");
      const cs = getComputedStyle(p);
      const probe = document.createElement("span");
      probe.textContent = "0".repeat(100);
      probe.style.cssText = "position:absolute;visibility:hidden;white-space:nowrap";
      p.appendChild(probe);
      const ch = probe.getBoundingClientRect().width / 100;
      probe.remove();
      const widest = Math.max(...[...document.querySelectorAll("main p, main li")].map((e) => {
        const s = getComputedStyle(e);
        return e.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);
      }));
      return { font: parseFloat(cs.fontSize), widestCh: widest / ch, family: getComputedStyle(document.body).fontFamily, fonts: document.fonts.size };
    });
    assert.ok(facts.font >= 19, `${address}: body text is ${facts.font}px`);
    assert.ok(facts.widestCh <= 70.5, `${address}: a line of text can be ${facts.widestCh.toFixed(1)} characters long`);
    assert.match(facts.family, /^system-ui\b/, `${address}: not the system's font: ${facts.family}`);
    assert.equal(facts.fonts, 0, `${address}: the page loads web fonts`);
  }
  await context.close();
});

test("at 400% zoom (320×200 CSS px) the quick exit stays at the top instead of covering a quarter of the screen", async () => {
  const { context } = await site.guardedContext(browser, { viewport: { width: 320, height: 200 } });
  const page = await context.newPage();
  await site.visit(page, server.origin, kinds.promise);
  assert.equal(await page.locator(".quick-exit").evaluate((e) => getComputedStyle(e).position), "static");
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth));
  await page.setViewportSize({ width: 375, height: 667 });
  assert.equal(await page.locator(".quick-exit").evaluate((e) => getComputedStyle(e).position), "sticky", "on a phone the quick exit is sticky");
  await context.close();
});

test("print: no quick exit, navigation or help buttons; the promise and its official wording are there", async () => {
  const { context } = await site.guardedContext(browser, { viewport: { width: 800, height: 1000 } });
  const page = await context.newPage();
  await site.visit(page, server.origin, kinds.promise);
  await page.emulateMedia({ media: "print" });
  const seen = await page.evaluate(() => {
    const v = (sel) => [...document.querySelectorAll(sel)].some((e) => e.checkVisibility());
    return {
      exit: v(".quick-exit"), nav: v(".site-nav"), help: v(".help-now"), h1: v("main h1"),
      official: v("details.official blockquote"), status: v("main [data-current]"),
      background: getComputedStyle(document.body).backgroundColor,
    };
  });
  assert.deepEqual(seen, { exit: false, nav: false, help: false, h1: true, official: true, status: true, background: "rgb(255, 255, 255)" });
  await context.close();
});

test("forced colours (Windows High Contrast): tags, buttons and the chart keep their outlines", async () => {
  const { context } = await site.guardedContext(browser, { viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.emulateMedia({ forcedColors: "active" });
  await site.visit(page, server.origin, kinds.home);
  const borders = await page.evaluate(() =>
    [".tag", ".quick-exit-link", ".button", ".chart-status"].map((sel) => {
      const cs = getComputedStyle(document.querySelector(sel));
      return `${sel} ${cs.borderTopStyle !== "none" && parseFloat(cs.borderTopWidth) >= 1}`;
    }),
  );
  assert.deepEqual(borders, [".tag true", ".quick-exit-link true", ".button true", ".chart-status true"]);
  // Status words and icons are still there: colour is never the only sign.
  const tag = page.locator("[data-status]").first();
  assert.ok((await tag.innerText()).trim().length > 2);
  assert.ok(await tag.locator("svg").isVisible());
  await context.close();
});

test("reduced motion: nothing moves", async () => {
  const { context } = await site.guardedContext(browser, { reducedMotion: "reduce" });
  const page = await context.newPage();
  for (const address of [kinds.home, kinds.promise, kinds.search]) {
    await site.visit(page, server.origin, address);
    const moving = await page.evaluate(() =>
      [...document.querySelectorAll("*")]
        .filter((e) => {
          const cs = getComputedStyle(e);
          const long = (v) => v.split(",").some((t) => parseFloat(t) > 0.01);
          return (cs.animationName !== "none" && long(cs.animationDuration)) || long(cs.transitionDuration) || cs.scrollBehavior === "smooth";
        })
        .map((e) => e.tagName + "." + e.className),
    );
    assert.deepEqual(moving, [], `${address}: moves with reduced motion`);
  }
  await context.close();
});

test("right to left: an Arabic page is the mirror of its English one", async () => {
  const { context } = await site.guardedContext(browser, { viewport: { width: 375, height: 800 } });
  const page = await context.newPage();
  const sides = () => {
    const box = document.querySelector(".status-box");
    const cs = getComputedStyle(box);
    // The first breadcrumb ("Home"): at the start of its line.
    const line = document.querySelector(".breadcrumbs ol").getBoundingClientRect();
    const first = document.querySelector(".breadcrumbs li:first-child a").getBoundingClientRect();
    return {
      direction: getComputedStyle(document.body).direction,
      borderLeft: cs.borderLeftWidth,
      borderRight: cs.borderRightWidth,
      firstCrumbAtRight: line.right - first.right < first.left - line.left,
    };
  };
  await site.visit(page, server.origin, kinds.promise);
  const ltr = await page.evaluate(sides);
  await site.visit(page, server.origin, `/ar${kinds.promise}`);
  const rtl = await page.evaluate(sides);
  await context.close();
  assert.deepEqual(ltr, { direction: "ltr", borderLeft: "6px", borderRight: "0px", firstCrumbAtRight: false });
  assert.deepEqual(rtl, { direction: "rtl", borderLeft: "0px", borderRight: "6px", firstCrumbAtRight: true });
});

test("screenshots of the home, a plan and a promise page at 375 and 1280 px", async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  // And an Arabic promise page, right to left (the example site publishes one in Arabic).
  const pages = { home: kinds.home, plan: kinds.plan, promise: kinds.promise, "promise-ar": `/ar${kinds.promise}` };
  for (const width of [375, 1280]) {
    const { context } = await site.guardedContext(browser, { viewport: { width, height: 800 } });
    const page = await context.newPage();
    for (const [name, address] of Object.entries(pages)) {
      await site.visit(page, server.origin, address);
      const height = Math.min(await page.evaluate(() => document.documentElement.scrollHeight), MAX_HEIGHT[width]);
      const file = path.join(SHOTS, `${name}-${width}.png`);
      const tmp = file.replace(/\.png$/, ".tmp.png"); // an interrupted run leaves no broken picture
      await page.screenshot({ path: tmp, fullPage: true, clip: { x: 0, y: 0, width, height } });
      fs.renameSync(tmp, file);
      const bytes = fs.statSync(file).size;
      assert.ok(bytes > 10 * 1024, `${file} is suspiciously small (${bytes} bytes)`);
      assert.ok(bytes < MAX_BYTES, `${file} is ${Math.round(bytes / 1024)} KB; keep screenshots under ${MAX_BYTES / 1024} KB`);
    }
    await context.close();
  }
});
