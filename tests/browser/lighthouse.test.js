// Lighthouse (issue 17) on one page of each kind: accessibility 100, and at least 98 for
// performance, best practices and SEO (search engines), as a phone on a slow mobile network would
// load the page. Lighthouse is pinned by package-lock.json and drives Debian's Chromium; every
// host name but the test server's address fails to resolve, so nothing leaves the machine.
"use strict";

const { test, before, after } = require("node:test");
const assert = require("node:assert/strict");
const site = require("./support/site");

const THRESHOLDS = { accessibility: 100, performance: 98, "best-practices": 98, seo: 98 };

// The page kinds of issue 17. A hub with organisations (examples/scotland) is audited on the
// kinds only it has; the others are audited on the example site.
// The 404 page is audited at /404.html, which answers 200 as it does on Netlify: at a missing
// address Lighthouse takes the 404 answer for a failed load.
const KINDS = ["home", "plan", "promise", "update", "updates", "indicators", "help", "safety",
  "glossary", "expect", "notKept", "feeds", "search", "notFound"];
const HUB_KINDS = ["organisations", "areas", "area", "organisation"];

const CHROMIUM_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  // Every host name but the test server's address fails to resolve.
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
];

// A phone (Lighthouse's default: Moto G Power screen, slow 4G and a 4× slower processor), with the
// throttling simulated from one unthrottled load, so a busy machine sways the scores less. Left
// out, to save time: the pictures of the page and the back/forward cache check, which reloads it
// (none of them counts towards a score).
const CONFIG = {
  extends: "lighthouse:default",
  settings: {
    onlyCategories: Object.keys(THRESHOLDS),
    formFactor: "mobile",
    throttlingMethod: "simulate",
    disableFullPageScreenshot: true,
    skipAudits: ["bf-cache", "screenshot-thumbnails", "final-screenshot"],
    maxWaitForLoad: 30000,
  },
};

let server, chrome, lighthouse, pages;
before(async () => {
  server = await site.startServer(undefined, { compress: true });
  const kinds = site.pageKinds();
  pages = ("areas" in kinds ? HUB_KINDS : KINDS).map((kind) => ({ kind, address: kinds[kind] }));
  // Both are ES modules.
  lighthouse = (await import("lighthouse")).default;
  const launcher = await import("chrome-launcher");
  chrome = await launcher.launch({
    chromePath: process.env.PROMISEHUB_CHROMIUM || "/usr/bin/chromium",
    chromeFlags: CHROMIUM_FLAGS,
    logLevel: "silent",
  });
});
after(async () => {
  await chrome?.kill();
  await server?.close();
});

// Why a category scored what it did: each audit that counts towards it and did not pass, with a
// few of the elements or files it names.
function failedAudits(lhr, category) {
  const lines = [];
  for (const ref of lhr.categories[category].auditRefs) {
    const audit = lhr.audits[ref.id];
    if (ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
    const shown = audit.displayValue ? ` (${audit.displayValue})` : "";
    lines.push(`    ${audit.id}: ${audit.title}${shown}, score ${audit.score}`);
    for (const item of (audit.details?.items || []).slice(0, 3)) {
      const where = item.node?.selector || item.node?.snippet || item.url || item.source?.url;
      if (where) lines.push(`      ${where}`);
    }
  }
  return lines;
}

async function audit(address) {
  // Lighthouse sends no error reports unless asked to; said here so that it stays so.
  const flags = { port: chrome.port, logLevel: "error", enableErrorReporting: false };
  const { lhr } = await lighthouse(server.origin + address, flags, CONFIG);
  return lhr;
}

function score(lhr, category) {
  return Math.round(lhr.categories[category].score * 100);
}

// Performance is timed on a machine that other work shares, and one busy moment can cost a few
// points: a page that falls short is audited twice more, and the middle run of the three counts,
// as Lighthouse's documentation advises. A page that is really slow falls short every time. The
// other categories do not depend on time and count from the first run.
async function performanceRun(address, first) {
  if (score(first, "performance") >= THRESHOLDS.performance) return { lhr: first, tries: [] };
  const runs = [first];
  for (let i = 0; i < 2; i++) {
    const again = await audit(address);
    if (!again.runtimeError) runs.push(again);
  }
  const tries = runs.map((r) => score(r, "performance"));
  runs.sort((a, b) => score(a, "performance") - score(b, "performance"));
  return { lhr: runs[Math.floor(runs.length / 2)], tries };
}

test("Lighthouse scores every kind of page at or above its threshold", async () => {
  const failures = [];
  for (const { kind, address } of pages) {
    const started = Date.now();
    const lhr = await audit(address);
    if (lhr.runtimeError) {
      failures.push(`${kind} ${address}: Lighthouse could not load it: ${lhr.runtimeError.message}`);
      continue;
    }
    const offsite = lhr.audits["network-requests"].details.items
      .map((r) => r.url)
      .filter((url) => !site.isLocal(url));
    if (offsite.length) failures.push(`${kind} ${address} asked for something off the machine: ${offsite.join(" ")}`);
    const performance = await performanceRun(address, lhr);
    const scores = [];
    for (const [category, threshold] of Object.entries(THRESHOLDS)) {
      const run = category === "performance" ? performance.lhr : lhr;
      const got = score(run, category);
      const tries = category === "performance" && performance.tries.length ? ` (runs: ${performance.tries.join(", ")})` : "";
      scores.push(`${category} ${got}${tries}`);
      if (got < threshold)
        failures.push(`${kind} ${address}: ${category} ${got} < ${threshold}${tries}`, ...failedAudits(run, category));
    }
    console.log(`${kind} ${address}: ${scores.join(", ")} (${Math.round((Date.now() - started) / 1000)} s)`);
  }
  if (failures.length) assert.fail("\n" + failures.join("\n"));
});
