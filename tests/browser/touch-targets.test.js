// Touch targets (spec §8: at least 44×44 CSS px, WCAG 2.5.5). Every link, button and control a
// finger can land on is measured on a phone and on a desktop. The one exception is WCAG 2.5.8's
// "inline" one: a link inside a sentence, whose size is set by the line of text around it.
"use strict";

const { test, before, after } = require("node:test");
const assert = require("node:assert/strict");
const site = require("./support/site");

const MIN = 44;

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

// Every visible target on the page, with its size and whether it sits inside running text.
function measureTargets() {
  const region = (el) =>
    el.closest(".quick-exit") ? "quick exit" : el.closest("nav.site-nav") ? "navigation"
      : el.closest("header") ? "header" : el.closest("nav.breadcrumbs") ? "breadcrumbs"
      : el.closest(".filters") ? "filters" : el.closest(".card") ? "card" : el.closest("aside") ? "help box"
      : el.closest("footer") ? "footer" : el.closest("main") ? "main" : "page";
  // The nearest ancestor that is not inline: the block the line of text belongs to.
  const blockOf = (el) => {
    let b = el.parentElement;
    while (b && getComputedStyle(b).display.startsWith("inline")) b = b.parentElement;
    return b;
  };
  const textOutside = (block, el) => {
    let text = "";
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!el.contains(n)) text += n.textContent;
    return text.replace(/[\s·,.:;()]+/g, "").length > 0;
  };
  const out = [];
  for (const el of document.querySelectorAll("a[href], button, summary, input, select, textarea, [tabindex]:not([tabindex='-1'])")) {
    if (el.closest(".skip-links")) continue; // shown only with focus; measured by the keyboard suite
    if (!el.checkVisibility({ visibilityProperty: true })) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    const display = getComputedStyle(el).display;
    const inline = display === "inline" && textOutside(blockOf(el), el);
    out.push({
      region: region(el),
      text: (el.innerText || el.value || el.getAttribute("aria-label") || el.tagName).trim().replace(/\s+/g, " ").slice(0, 50),
      width: Math.round(r.width * 10) / 10,
      height: Math.round(r.height * 10) / 10,
      inline,
    });
  }
  return out;
}

for (const width of [375, 1280]) {
  test(`links and buttons are at least ${MIN}×${MIN} px at ${width} px wide, unless they sit in a sentence`, async () => {
    const { context } = await site.guardedContext(browser, { viewport: { width, height: 900 } });
    const page = await context.newPage();
    const problems = [];
    const regions = new Set();
    for (const address of site.sitePages()) {
      await site.visit(page, server.origin, address);
      const targets = await page.evaluate(measureTargets);
      for (const t of targets) {
        regions.add(t.region);
        if (t.inline) continue;
        if (t.width < MIN - 0.5 || t.height < MIN - 0.5) {
          problems.push(`${address} ${t.region}: “${t.text}” is ${t.width}×${t.height}`);
        }
      }
    }
    await context.close();
    // The check saw every region the issue names.
    for (const r of ["quick exit", "navigation", "breadcrumbs", "filters", "card", "help box", "footer"]) {
      assert.ok(regions.has(r), `no targets found in the ${r}`);
    }
    assert.equal(problems.length, 0, "\n" + problems.join("\n"));
  });
}

test("links in a sentence are the only exception, and they are not crowded", async () => {
  const { context } = await site.guardedContext(browser, { viewport: { width: 375, height: 900 } });
  const page = await context.newPage();
  await site.visit(page, server.origin, kinds.help);
  // The help box has a phone link in a sentence ("call 999"): it is inline, and its line is tall
  // enough (WCAG 2.5.8 asks for 24 px, or space around it).
  const inline = await page.evaluate(() => {
    const a = [...document.querySelectorAll("aside a[href='tel:999']")].find((x) => getComputedStyle(x).display === "inline");
    const line = parseFloat(getComputedStyle(a.parentElement).lineHeight);
    return { found: !!a, line };
  });
  assert.ok(inline.found, "expected an inline 999 link in the help box");
  assert.ok(inline.line >= 24, `the line around it is only ${inline.line}px`);
  await context.close();
});
