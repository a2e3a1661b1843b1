// Every page of the example site, in a real browser at 320 CSS px (a small phone, or 1280 px at
// 400% zoom): no axe-core violations (WCAG 2.2 A/AA, and 7:1 text contrast), nothing to scroll
// sideways, nothing fetched from anywhere but the site, no CSP violations, no cookies, one h1,
// landmarks, headings in order, and the same help contacts in the same place. Then the main page
// types again at 1280 px in light and dark mode.
"use strict";

const { test, before, after } = require("node:test");
const assert = require("node:assert/strict");
const site = require("./support/site");

const pages = site.sitePages();
const kinds = site.pageKinds(pages);
// The same kinds of page in the site's other languages (Gaelic and Arabic in the example).
const languagePages = site.languagePages();

let server, browser;
// What each page showed at 320 px, gathered in one visit per page; the tests below judge it.
const seen = new Map();
const seenInLanguage = new Map();
let offsite = [];
let cookies = [];
let stored = 0;

// Facts about the page that the structure tests need.
function pageFacts() {
  const levels = [...document.querySelectorAll("h1, h2, h3, h4, h5, h6")].map((h) => Number(h.tagName[1]));
  const box = document.querySelector("aside.help-now");
  const main = document.querySelector("main");
  return {
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
    structure: {
      lang: document.documentElement.lang,
      h1: document.querySelectorAll("h1").length,
      firstHeading: levels[0],
      skippedLevels: levels.filter((l, i) => i > 0 && l > levels[i - 1] + 1).length,
      main: document.querySelectorAll("main").length,
      banner: document.querySelectorAll("body > header").length,
      contentinfo: document.querySelectorAll("body > footer").length,
      mainNav: document.querySelectorAll("nav.site-nav[aria-label]").length,
      firstLinkIsSkip: document.querySelector("a")?.getAttribute("href") === "#main",
      glossaryLink: [...document.querySelectorAll("a")].some((a) => new URL(a.href).pathname === "/glossary/"),
      quickExit: !!document.querySelector("[data-quick-exit] a[data-quick-exit-link]"),
      dir: document.documentElement.dir,
      switcher: [...document.querySelectorAll(".language-switcher a")].map((a) => a.textContent),
    },
    help: box && {
      afterMain: !!(main.compareDocumentPosition(box) & Node.DOCUMENT_POSITION_FOLLOWING),
      title: box.querySelector("h2")?.textContent,
      links: [...box.querySelectorAll("a")].map((a) => `${a.textContent.trim()} → ${a.getAttribute("href")}`),
    },
  };
}

before(async () => {
  server = await site.startServer();
  browser = await site.launchBrowser();
  const guarded = await site.guardedContext(browser, { viewport: { width: 320, height: 640 } });
  const page = await guarded.context.newPage();
  for (const address of pages) {
    await site.visit(page, server.origin, address);
    seen.set(address, {
      violations: await site.axe(page),
      csp: await site.cspViolations(page),
      ...(await page.evaluate(pageFacts)),
    });
  }
  for (const { address } of languagePages) {
    await site.visit(page, server.origin, address);
    seenInLanguage.set(address, {
      violations: await site.axe(page),
      csp: await site.cspViolations(page),
      ...(await page.evaluate(pageFacts)),
    });
  }
  offsite = guarded.offsite;
  cookies = await guarded.context.cookies();
  stored = await page.evaluate(() => localStorage.length + sessionStorage.length);
  await guarded.context.close();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

function judge(check) {
  const problems = [];
  for (const [address, page] of seen) problems.push(...check(address, page));
  assert.equal(problems.length, 0, "\n" + problems.join("\n"));
}

test("the example site has pages of every kind", () => {
  assert.ok(pages.length > 20, `only ${pages.length} pages found in ${site.siteDir()}`);
  assert.equal(seen.size, pages.length);
});

test("every page at 320 px: no axe violations (WCAG 2.2 AA and 7:1 contrast)", () => {
  judge((address, p) => (p.violations.length ? [site.describeViolations(address, p.violations)] : []));
});

test("every page at 320 px: nothing scrolls sideways", () => {
  judge((address, p) => (p.scrollWidth > p.clientWidth ? [`${address}: ${p.scrollWidth} px wide in a ${p.clientWidth} px window`] : []));
});

test("no page asks anything of another site, sets cookies or stores anything", () => {
  assert.deepEqual(offsite, [], "requests that left 127.0.0.1");
  assert.deepEqual(cookies, [], "cookies");
  assert.equal(stored, 0, "things kept in localStorage or sessionStorage");
});

test("no page breaks the Content-Security-Policy (no inline script or style)", () => {
  judge((address, p) => p.csp.map((v) => `${address}: ${v}`));
});

test("every page: lang, one h1, headings in order, landmarks, skip link first, quick exit, glossary link", () => {
  const expected = {
    lang: "en-GB", h1: 1, firstHeading: 1, skippedLevels: 0, main: 1, banner: 1, contentinfo: 1,
    mainNav: 1, firstLinkIsSkip: true, glossaryLink: true, quickExit: true,
  };
  judge((address, p) =>
    Object.entries(expected)
      .filter(([k, v]) => p.structure[k] !== v)
      .map(([k, v]) => `${address}: ${k} is ${p.structure[k]}, expected ${v}`),
  );
});

test("help contacts are the same, in the same place and order, on every page (WCAG 3.2.6)", () => {
  const first = seen.get("/").help;
  assert.ok(first, "the home page has no help box");
  assert.equal(first.title, "Need help now?");
  assert.ok(first.afterMain);
  assert.ok(first.links.some((l) => /^Call .* → tel:\d+$/.test(l)), "the help box has no phone link");
  judge((address, p) => (JSON.stringify(p.help) === JSON.stringify(first) ? [] : [`${address}: ${JSON.stringify(p.help)}`]));
});

test("pages in the other languages at 320 px: axe, no sideways scrolling, lang and dir, structure", { skip: languagePages.length === 0 && "the site has one language" }, () => {
  assert.ok(languagePages.length >= 8, `only ${languagePages.length} pages in other languages`);
  const problems = [];
  for (const { lang, address } of languagePages) {
    const p = seenInLanguage.get(address);
    if (p.violations.length) problems.push(site.describeViolations(address, p.violations));
    if (p.scrollWidth > p.clientWidth) problems.push(`${address}: ${p.scrollWidth} px wide in a ${p.clientWidth} px window`);
    problems.push(...p.csp.map((v) => `${address}: ${v}`));
    const expected = {
      lang, dir: lang === "ar" ? "rtl" : "ltr", h1: 1, firstHeading: 1, skippedLevels: 0, main: 1, banner: 1,
      contentinfo: 1, mainNav: 1, firstLinkIsSkip: true, quickExit: true,
    };
    for (const [k, v] of Object.entries(expected))
      if (p.structure[k] !== v) problems.push(`${address}: ${k} is ${p.structure[k]}, expected ${v}`);
    if (!p.structure.switcher.includes("Gàidhlig") || !p.structure.switcher.includes("العربية"))
      problems.push(`${address}: the language switcher has ${p.structure.switcher.join(", ")}`);
  }
  assert.equal(problems.length, 0, "\n" + problems.join("\n"));
});

for (const colorScheme of ["light", "dark"]) {
  test(`main page types at 1280 px in ${colorScheme} mode: no axe violations`, async () => {
    const { context, offsite: away } = await site.guardedContext(browser, { viewport: { width: 1280, height: 900 }, colorScheme });
    const page = await context.newPage();
    const problems = [];
    for (const address of new Set(Object.values(kinds))) {
      await site.visit(page, server.origin, address);
      const violations = await site.axe(page);
      if (violations.length) problems.push(site.describeViolations(address, violations));
    }
    assert.deepEqual(away, []);
    await context.close();
    assert.equal(problems.length, 0, "\n" + problems.join("\n"));
  });
}

test("dark mode really is dark, and light mode light", async () => {
  const luminance = async (colorScheme) => {
    const { context } = await site.guardedContext(browser, { colorScheme });
    const page = await context.newPage();
    await site.visit(page, server.origin, kinds.home);
    const rgb = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await context.close();
    const [r, g, b] = rgb.match(/\d+/g).map(Number);
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  };
  assert.ok((await luminance("light")) > 0.85, "light mode background is not light");
  assert.ok((await luminance("dark")) < 0.15, "dark mode background is not dark");
});

test("status tags: key, words and an icon, not links, the same colour everywhere; one current on a promise page", async () => {
  const { context } = await site.guardedContext(browser);
  const page = await context.newPage();
  const colourOf = new Map();
  for (const address of [kinds.home, kinds.plan, kinds.promise, kinds.update]) {
    await site.visit(page, server.origin, address);
    const tags = await page.$$eval("[data-status]", (els) =>
      els.map((el) => ({
        key: el.dataset.status,
        words: el.textContent.trim(),
        icon: !!el.querySelector("svg[aria-hidden='true']"),
        inLink: !!el.closest("a, button"),
        colour: getComputedStyle(el).color,
        background: getComputedStyle(el).backgroundColor,
      })),
    );
    assert.ok(tags.length > 0, `${address} has no status tags`);
    for (const t of tags) {
      assert.match(t.key, /^[a-z-]+$/, `${address}: data-status`);
      assert.ok(t.words.length > 2, `${address}: a ${t.key} tag has no words`);
      assert.ok(t.icon, `${address}: a ${t.key} tag has no icon`);
      assert.ok(!t.inLink, `${address}: a ${t.key} tag is inside a link (tags are adjectives, not links)`);
      const look = `${t.colour} on ${t.background}`;
      if (colourOf.has(t.key)) assert.equal(look, colourOf.get(t.key), `${address}: ${t.key} tags differ in colour`);
      colourOf.set(t.key, look);
    }
  }
  // Different statuses look different (as well as having different words and icons).
  assert.equal(new Set(colourOf.values()).size, colourOf.size, "two statuses share a colour");
  await site.visit(page, server.origin, kinds.promise);
  assert.equal(await page.locator("main [data-status][data-current]").count(), 1, "promise page: one data-current tag");
  await context.close();
});
