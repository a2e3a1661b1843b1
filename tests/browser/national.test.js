// The pages of a hub with many organisations (spec §11), in a real browser: the tile map of the
// 32 council areas (links with names and progress, every tile reachable by Tab with a visible
// focus, readable at 320 px, outlined in forced colours), the filters of /organisations/ without
// JavaScript, an area with no organisation yet, Find your area first on the home page, and the
// local work listed on a national promise. Run over examples/scotland (browser.scotland.*).
"use strict";

const { test, before, after } = require("node:test");
const assert = require("node:assert/strict");
const site = require("./support/site");

const pages = site.sitePages();
let server, browser;
before(async () => {
  server = await site.startServer();
  browser = await site.launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

// A tile's name: the area, then the tile's own words with what they mean, each once: "Midlothian,
// MLN 3/20 promises done.", "Fife, FIF no plan on this site yet." or, where every plan has
// ended, "…, MLN ended: its plan is over."
const TILE_NAME = /^[A-Z][A-Za-z' -]+, [A-Z]{3} (\d+\/\d+ promises? done|no plan on this site yet|ended: its plans? (is|are) over)\.$/;

async function open(address, options = {}) {
  const guarded = await site.guardedContext(browser, options);
  const page = await guarded.context.newPage();
  await site.visit(page, server.origin, address);
  return { page, ...guarded };
}

test("the hub has the pages of organisations and areas", () => {
  for (const address of ["/organisations/", "/areas/", "/areas/scotland/", "/areas/midlothian/", "/areas/orkney-islands/"])
    assert.ok(pages.includes(address), `${address} is missing`);
  assert.equal(pages.filter((p) => /^\/areas\/[^/]+\/$/.test(p)).length, 33, "32 council areas and Scotland");
});

test("the map: 32 tiles, each a link to its area with the name and progress in its text", async () => {
  const { page, context, offsite } = await open("/areas/", { viewport: { width: 320, height: 640 } });
  const tiles = await page.$$eval("svg.area-map-svg a", (as) =>
    as.map((a) => ({ href: a.getAttribute("href"), label: a.getAttribute("aria-label"), text: [...a.querySelectorAll("text")].map((t) => t.textContent).join(" ") })));
  assert.equal(tiles.length, 32);
  const list = await page.$$eval(".area-list a", (as) => as.map((a) => a.getAttribute("href")));
  assert.deepEqual(tiles.map((t) => t.href).sort(), [...list].sort(), "the list beside the map has the same links");
  for (const t of tiles) {
    assert.ok(pages.includes(t.href), `${t.href} is not a page`);
    // The words on the tile are in the name (WCAG 2.5.3), after the area's name.
    assert.match(t.label, TILE_NAME);
    const words = t.text.replace(/\s+/g, " ").trim();
    assert.ok(t.label.includes(`, ${words}`), `${t.label} does not hold "${words}"`);
  }
  const midlothian = tiles.find((t) => t.href === "/areas/midlothian/");
  assert.match(midlothian.label, /^Midlothian, MLN \d+\/\d+ promises done\.$/);
  assert.match(midlothian.text, /MLN\s*\d+\/\d+/);
  // Readable on a small phone: the map fills the column, its letters at least 9 px tall, and
  // nothing scrolls sideways.
  const size = await page.evaluate(() => {
    const svg = document.querySelector("svg.area-map-svg").getBoundingClientRect();
    const code = document.querySelector(".area-tile-code").getBoundingClientRect();
    return { width: svg.width, code: code.height, scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth };
  });
  assert.ok(size.width >= 260, `the map is ${size.width} px wide at 320 px`);
  assert.ok(size.code >= 9, `the letters on a tile are ${size.code} px tall`);
  assert.ok(size.scroll <= size.client, "the page scrolls sideways");
  assert.deepEqual(offsite, []);
  await context.close();
});

test("a screen reader reads each tile once: its name and progress, and no description", async () => {
  const { page, context } = await open("/areas/");
  const cdp = await context.newCDPSession(page);
  const { nodes } = await cdp.send("Accessibility.getFullAXTree");
  await cdp.detach();
  const hrefs = await page.$$eval("svg.area-map-svg a", (as) => as.map((a) => a.getAttribute("href")));
  const tiles = nodes.filter((n) => n.role?.value === "link" && !n.ignored && n.name?.value && hrefs.length &&
    nodes.some((m) => m.childIds?.includes(n.nodeId) && m.role?.value === "group" && /^Map of Scotland/.test(m.name?.value || "")));
  assert.equal(tiles.length, 32, "32 tiles in the map's group");
  for (const t of tiles) {
    const name = t.name.value;
    const description = (t.description?.value || "").trim();
    assert.match(name, TILE_NAME);
    assert.equal(description, "", `the tile "${name}" is read again as its description "${description}"`);
    for (const fact of ["no plan", "done", "ended"])
      assert.ok(name.split(fact).length <= 2, `the tile "${name}" says "${fact}" twice`);
  }
  await context.close();
});

test("the map by keyboard: Tab reaches every tile in turn, with a visible focus", async () => {
  const { page, context } = await open("/areas/", { viewport: { width: 1280, height: 900 } });
  await page.focus("main");
  const reached = [];
  for (let i = 0; i < 120 && reached.length < 32; i++) {
    await page.keyboard.press("Tab");
    const f = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || !el.closest("svg.area-map-svg")) return null;
      const rect = el.querySelector("rect");
      return { href: el.getAttribute("href"), stroke: parseFloat(getComputedStyle(rect).strokeWidth), outline: getComputedStyle(el).outlineStyle };
    });
    if (f) reached.push(f);
  }
  assert.equal(new Set(reached.map((f) => f.href)).size, 32, `Tab reached ${reached.length} tiles`);
  for (const f of reached) assert.ok(f.stroke >= 8 || f.outline !== "none", `${f.href} shows no focus`);
  await context.close();
});

test("the map in forced colours: tiles keep an outline and their words stay visible", async () => {
  const { page, context } = await open("/areas/", { viewport: { width: 1280, height: 900 } });
  await page.emulateMedia({ forcedColors: "active" });
  const looks = await page.$$eval("svg.area-map-svg a", (as) =>
    as.map((a) => {
      const rect = getComputedStyle(a.querySelector("rect"));
      const text = getComputedStyle(a.querySelector("text"));
      return { stroke: rect.stroke, fill: rect.fill, text: text.fill };
    }));
  for (const l of looks) {
    assert.notEqual(l.stroke, "none");
    assert.notEqual(l.text, l.fill, "the words are the colour of the tile");
  }
  await context.close();
});

test("filters of /organisations/ work without JavaScript", async () => {
  const { page, context } = await open("/organisations/", { javaScriptEnabled: false });
  await page.getByRole("link", { name: /^Council \(\d+\)$/ }).click();
  assert.match(new URL(page.url()).pathname, /^\/organisations\/kind\/council\/$/);
  const metas = await page.$$eval(".org-card .card-meta", (ps) => ps.map((p) => p.textContent));
  assert.ok(metas.length >= 1);
  for (const m of metas) assert.match(m, /^Council · /);
  assert.equal(await page.getAttribute('.filter-list a[aria-current="page"]', "href"), "/organisations/kind/council/");
  await page.getByRole("link", { name: /^Midlothian \(\d+\)$/ }).click();
  assert.match(new URL(page.url()).pathname, /^\/organisations\/area\/midlothian\/$/);
  const names = await page.$$eval(".org-card h3", (hs) => hs.map((h) => h.textContent));
  assert.ok(names.includes("Midlothian Council"));
  await context.close();
});

test("an area with no organisation yet says so kindly and points to the national promises", async () => {
  const { page, context } = await open("/areas/orkney-islands/");
  const main = await page.textContent("main");
  assert.match(main, /No organisation in Orkney Islands has put its plan on this site yet/);
  assert.match(main, /Arcaibh/);
  await page.getByRole("link", { name: "See the national promises" }).click();
  assert.equal(new URL(page.url()).pathname, "/areas/scotland/");
  assert.match(await page.textContent("main"), /The Promise Scotland/);
  await context.close();
});

test("the home page starts with Find your area", async () => {
  const { page, context } = await open("/");
  const first = await page.$eval("main h2", (h) => h.textContent);
  assert.equal(first, "Find your area");
  await page.getByRole("link", { name: "Find your area on the map" }).click();
  assert.equal(new URL(page.url()).pathname, "/areas/");
  await context.close();
});

test("a national promise lists the local work for it, by organisation and area, with counts", async () => {
  const { page, context } = await open("/plans/plan-21-24/relationships/");
  const section = page.locator("section.contributions");
  assert.match(await section.locator("h2").textContent(), /Local work for this promise/);
  const metas = await section.locator(".card-meta").allTextContents();
  assert.ok(metas.some((m) => m === "Midlothian Council · Midlothian"), metas.join(" | "));
  const counted = (await section.locator("tbody td.num").allTextContents()).reduce((n, c) => n + Number(c), 0);
  assert.equal(counted, metas.length, "the counts by status add up to the pieces of work listed");
  await context.close();
});
