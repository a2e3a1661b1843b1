// The quick exit (spec §8), as someone in a hurry uses it: a plain link without JavaScript; with
// it, Shift pressed 3 times within 5 seconds, the page blanked at once, and Back not returning.
// The exit site is answered by the test itself, so nothing goes to the real internet.
"use strict";

const { test, before, after } = require("node:test");
const assert = require("node:assert/strict");
const site = require("./support/site");

const EXIT = site.quickExitUrl();
const exitHost = new URL(EXIT).host;
const onExitHost = (url) => url.host === exitHost;
const EXIT_PAGE = "<!DOCTYPE html><html lang='en'><title>Weather</title><h1>The weather today</h1></html>";

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

// A page whose visits to the exit site are answered here.
async function exitablePage(options = {}) {
  const { context, offsite } = await site.guardedContext(browser, options);
  const page = await context.newPage();
  await page.route(onExitHost, (route) => route.fulfill({ status: 200, contentType: "text/html", body: EXIT_PAGE }));
  return { context, page, offsite };
}

const onSite = (page) => page.url().startsWith(server.origin);

// Press Back and list every address the tab shows on the way (not just where it ends up).
async function backAndWatch(page) {
  const seen = [];
  const record = (frame) => frame === page.mainFrame() && seen.push(frame.url());
  page.on("framenavigated", record);
  await page.goBack().catch(() => {}); // Back to about:blank has no response
  await page.waitForTimeout(300);
  page.off("framenavigated", record);
  return seen;
}

test("the exit address is somewhere else, over https", () => {
  assert.match(EXIT, /^https:\/\//);
  assert.notEqual(exitHost, "127.0.0.1");
});

test("with JavaScript: Shift 3 times leaves, and Back does not return to the site", async () => {
  const { context, page, offsite } = await exitablePage();
  await site.visit(page, server.origin, kinds.promise);
  await page.keyboard.press("Shift");
  await page.keyboard.press("Shift");
  assert.ok(onSite(page), "left after only 2 presses of Shift");
  await Promise.all([page.waitForURL(onExitHost), page.keyboard.press("Shift")]);
  assert.equal(page.url(), EXIT);
  assert.equal(await page.title(), "Weather");
  const seen = await backAndWatch(page);
  assert.ok(seen.length > 0, "Back did nothing");
  assert.deepEqual(seen.filter((u) => u.startsWith(server.origin)), [], "Back showed the site again");
  // Every request that left the machine was one the test answered itself.
  assert.deepEqual(offsite.filter((u) => !u.startsWith(`https://${exitHost}/`)), []);
  await context.close();
});

const languagePages = site.languagePages();
test("in the other languages too: Shift 3 times leaves from a home, a promise, an update and a page", { skip: languagePages.length === 0 && "the site has one language" }, async () => {
  const pages = languagePages;
  assert.ok(pages.length >= 8, `only ${pages.length} pages in other languages`);
  for (const { address } of pages) {
    const { context, page } = await exitablePage();
    await site.visit(page, server.origin, address);
    assert.equal(await page.locator("[data-quick-exit] a[data-quick-exit-link]").getAttribute("href"), EXIT, address);
    for (let i = 0; i < 2; i++) await page.keyboard.press("Shift");
    await Promise.all([page.waitForURL(onExitHost), page.keyboard.press("Shift")]);
    assert.equal(page.url(), EXIT, address);
    await context.close();
  }
});

test("with JavaScript: after browsing several pages, Back from the exit site leaves again at once", async () => {
  const { context, page } = await exitablePage();
  await site.visit(page, server.origin, kinds.home);
  await site.visit(page, server.origin, kinds.plan);
  await site.visit(page, server.origin, kinds.promise);
  for (let i = 0; i < 2; i++) await page.keyboard.press("Shift");
  await Promise.all([page.waitForURL(onExitHost), page.keyboard.press("Shift")]);
  // Back lands on the plan page (the promise page was replaced), which must leave again.
  await page.goBack().catch(() => {});
  await page.waitForURL(onExitHost, { timeout: 5000 });
  assert.equal(page.url(), EXIT);
  await context.close();
});

test("with JavaScript: the page is blanked at once, while the exit site loads", async () => {
  const { context, page } = await exitablePage();
  // A 204 answer cancels the navigation, so the page stays as it is while the exit site "loads".
  let asked = false;
  await page.route(onExitHost, (route) => {
    asked = true;
    return route.fulfill({ status: 204 });
  });
  await site.visit(page, server.origin, kinds.promise);
  assert.ok(await page.locator("main").isVisible());
  for (let i = 0; i < 3; i++) await page.keyboard.press("Shift");
  await page.waitForTimeout(300);
  assert.ok(asked, "Shift 3 times did not go to the exit site");
  const shown = await page.evaluate(() => ({
    main: document.querySelector("main").checkVisibility(),
    body: document.body.checkVisibility(),
    title: document.title,
  }));
  assert.deepEqual(shown, { main: false, body: false, title: "" });
  await context.close();
});

test("with JavaScript: Shift with other keys (capital letters) does not leave", async () => {
  const { context, page } = await exitablePage();
  await site.visit(page, server.origin, kinds.home);
  for (const key of ["KeyI", "KeyA", "KeyM"]) {
    await page.keyboard.down("Shift");
    await page.keyboard.press(key);
    await page.keyboard.up("Shift");
  }
  await page.waitForTimeout(300);
  assert.ok(onSite(page), "typing 3 capital letters left the site");
  await context.close();
});

test("with JavaScript: presses more than 5 seconds apart do not leave", async () => {
  const { context, page } = await exitablePage();
  await page.clock.install();
  await site.visit(page, server.origin, kinds.home);
  await page.keyboard.press("Shift");
  await page.clock.fastForward(3000);
  await page.keyboard.press("Shift");
  await page.clock.fastForward(3000);
  await page.keyboard.press("Shift");
  await page.waitForTimeout(300);
  assert.ok(onSite(page), "3 presses over 6 seconds left the site");
  await context.close();
});

test("with JavaScript: the Leave this site button leaves and replaces the page in history", async () => {
  const { context, page } = await exitablePage();
  await site.visit(page, server.origin, kinds.update);
  const button = page.getByRole("link", { name: "Leave this site", exact: true });
  assert.ok(await button.isVisible());
  await Promise.all([page.waitForURL(onExitHost), button.click()]);
  const seen = await backAndWatch(page);
  assert.deepEqual(seen.filter((u) => u.startsWith(server.origin)), [], "Back showed the site again");
  await context.close();
});

test("with JavaScript: the button stays in view when the page is scrolled on a phone", async () => {
  const { context, page } = await exitablePage({ viewport: { width: 375, height: 667 } });
  await site.visit(page, server.origin, kinds.plan);
  await page.mouse.wheel(0, 3000);
  await page.waitForFunction(() => window.scrollY > 1000);
  const box = await page.getByRole("link", { name: "Leave this site", exact: true }).boundingBox();
  assert.ok(box && box.y >= 0 && box.y + box.height <= 667, `the button is out of view: ${JSON.stringify(box)}`);
  await Promise.all([page.waitForURL(onExitHost), page.getByRole("link", { name: "Leave this site", exact: true }).click()]);
  await context.close();
});

test("without JavaScript: the button and the second skip link go to the exit address", async () => {
  for (const name of ["Leave this site", "Leave this site quickly"]) {
    const { context, page } = await exitablePage({ javaScriptEnabled: false });
    await site.visit(page, server.origin, kinds.promise);
    const link = page.getByRole("link", { name, exact: true });
    assert.equal(await link.count(), 1, `one "${name}" link`);
    assert.equal(await link.getAttribute("href"), EXIT);
    if (name === "Leave this site quickly") await link.focus(); // a skip link shows when focused
    await Promise.all([page.waitForURL(onExitHost), link.click()]);
    assert.equal(await page.title(), "Weather");
    await context.close();
  }
});

test("without JavaScript: the page does not claim Shift works", async () => {
  const { context, page } = await exitablePage({ javaScriptEnabled: false });
  await site.visit(page, server.origin, kinds.home);
  assert.equal(await page.getByText(/press Shift 3 times/i).isVisible(), false);
  await context.close();
  const withJs = await exitablePage();
  await site.visit(withJs.page, server.origin, kinds.home);
  await withJs.page.setViewportSize({ width: 1280, height: 800 });
  assert.equal(await withJs.page.locator(".quick-exit").getByText(/press Shift 3 times/i).isVisible(), true);
  await withJs.context.close();
});

test("the Staying safe online page says leaving does not clear history, and how to", async () => {
  const { context, page } = await exitablePage();
  await site.visit(page, server.origin, kinds.safety);
  const text = await page.locator("main").innerText();
  assert.match(text, /does not (remove|clear|delete)[^.]*history/i);
  assert.match(text, /clear|delete/i);
  assert.match(text, /private/i);
  await context.close();
});
