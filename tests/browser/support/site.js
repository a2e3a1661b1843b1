// Shared by the browser suites: serve the built site on 127.0.0.1, walk its pages, start Chromium
// with every request that would leave the machine recorded and refused.
"use strict";

const assert = require("node:assert/strict");
const fs = require("node:fs");
const http = require("node:http");
const path = require("node:path");
const zlib = require("node:zlib");
const { chromium } = require("playwright-core");

const REPO = path.resolve(__dirname, "..", "..", "..");

// The Content-Security-Policy the public pages ship with: netlify.toml's rule for "/*" (the deploy
// contract), or, if that cannot be read, the same rules written out here: no inline script, no
// inline style. Pagefind compiles its WebAssembly search, hence 'wasm-unsafe-eval'.
const FALLBACK_CSP = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

function shippedCsp() {
  try {
    const toml = fs.readFileSync(path.join(REPO, "netlify.toml"), "utf8");
    for (const block of toml.split(/^\s*\[\[headers\]\]\s*$/m)) {
      if (!/^\s*for\s*=\s*"\/\*"\s*$/m.test(block)) continue;
      const m = block.match(/^\s*Content-Security-Policy\s*=\s*"([^"]+)"/m);
      if (m) return m[1];
    }
  } catch {
    /* no netlify.toml: use the fallback */
  }
  return FALLBACK_CSP;
}
const CSP = shippedCsp();

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".pdf": "application/pdf",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
  ".wasm": "application/wasm",
};

function siteDir() {
  const dir = process.env.PROMISEHUB_SITE_DIR;
  assert.ok(dir, "set PROMISEHUB_SITE_DIR to a site built by `promisehub build` (CTest does this)");
  assert.ok(fs.existsSync(path.join(dir, "index.html")), `${dir} has no index.html: build the site first`);
  return path.resolve(dir);
}

// Folders in the output that are not pages of the public site: the search index, and the web
// editor, which is Decap CMS's own app and is tested where it is made.
const NOT_PAGES = new Set(["pagefind", "admin", "__promisehub"]);

// The folders of the site's other languages (spec §12: "gd", "ar"): a top-level folder whose home
// page says it is in the language the folder is named after.
function languageFolders(dir = siteDir()) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !NOT_PAGES.has(e.name))
    .filter((e) => {
      const home = path.join(dir, e.name, "index.html");
      return fs.existsSync(home) && fs.readFileSync(home, "utf8").includes(`<html lang="${e.name}"`);
    })
    .map((e) => e.name)
    .sort();
}

// Every HTML page of the built site in its main language, as the address a reader would type
// ("/plans/x/"). The other languages' copies of them are languagePages().
function sitePages(dir = siteDir()) {
  const pages = [];
  const languages = new Set(languageFolders(dir));
  (function walk(rel) {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!(rel === "" && (NOT_PAGES.has(entry.name) || languages.has(entry.name)))) walk(child);
      } else if (entry.name.endsWith(".html")) {
        pages.push("/" + (entry.name === "index.html" ? child.slice(0, -"index.html".length) : child));
      }
    }
  })("");
  return pages.sort();
}

// One page of each kind, for the checks that are too slow to run on every page.
function pageKinds(pages = sitePages()) {
  const find = (re) => {
    const hit = pages.find((p) => re.test(p));
    assert.ok(hit, `the example site has no page matching ${re}`);
    return hit;
  };
  return {
    home: "/",
    plan: find(/^\/plans\/[^/]+\/$/),
    filter: find(/^\/plans\/[^/]+\/status\/[^/]+\/$/),
    promise: find(/^\/plans\/[^/]+\/(?!status\/|for\/|theme\/|indicators\/)[^/]+\/$/),
    indicators: find(/^\/plans\/[^/]+\/indicators\/$/),
    updates: "/updates/",
    update: find(/^\/updates\/[^/]+\/$/),
    expect: "/what-to-expect/",
    glossary: "/glossary/",
    help: "/help/",
    notKept: "/if-a-promise-is-not-kept/",
    page: "/about/",
    feeds: "/feeds/",
    safety: "/staying-safe-online/",
    search: "/search/",
    notFound: "/404.html",
    // A hub with organisations (spec §11) has these too.
    ...(pages.includes("/areas/")
      ? {
          organisations: "/organisations/",
          organisationFilter: find(/^\/organisations\/kind\/[^/]+\/$/),
          organisation: find(/^\/organisations\/(?!kind\/|area\/)[^/]+\/$/),
          areas: "/areas/",
          area: "/areas/midlothian/",
          emptyArea: "/areas/orkney-islands/",
        }
      : {}),
  };
}

// In each other language: a home, a promise, an update and a plain page, as
// { lang, address, kind }.
function languagePages(dir = siteDir()) {
  const kinds = pageKinds(sitePages(dir));
  const out = [];
  for (const lang of languageFolders(dir))
    for (const kind of ["home", "promise", "update", "page", "expect"])
      out.push({ lang, kind, address: `/${lang}${kinds[kind]}` });
  return out;
}

// Text that Netlify sends compressed, when the browser says it can read gzip.
const COMPRESSED = new Set([".html", ".css", ".js", ".mjs", ".json", ".svg", ".xml", ".txt"]);

// A tiny static server with Netlify's habits: folders serve index.html, unknown paths 404.html;
// with `compress`, text is sent gzipped as Netlify sends it (for the tests that time a load).
function startServer(dir = siteDir(), { compress = false } = {}) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, "http://127.0.0.1");
    let rel;
    try {
      rel = decodeURIComponent(url.pathname);
    } catch {
      rel = "/";
    }
    let file = path.join(dir, path.normalize(rel));
    if (!file.startsWith(dir)) file = dir;
    let status = 200;
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) {
      if (!url.pathname.endsWith("/")) {
        res.writeHead(301, { Location: url.pathname + "/" + url.search });
        res.end();
        return;
      }
      file = path.join(file, "index.html");
    }
    if (!fs.existsSync(file)) {
      status = 404;
      file = path.join(dir, "404.html");
    }
    const headers = {
      "Content-Type": TYPES[path.extname(file)] || "application/octet-stream",
      "Content-Security-Policy": CSP,
      "Referrer-Policy": "no-referrer",
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "no-store",
    };
    let body = fs.readFileSync(file);
    if (compress && COMPRESSED.has(path.extname(file)) && /\bgzip\b/.test(req.headers["accept-encoding"] || "")) {
      body = zlib.gzipSync(body);
      headers["Content-Encoding"] = "gzip";
      headers["Vary"] = "Accept-Encoding";
    }
    res.writeHead(status, headers);
    res.end(req.method === "HEAD" ? undefined : body);
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const origin = `http://127.0.0.1:${server.address().port}`;
      resolve({ origin, close: () => new Promise((done) => server.close(done)) });
    });
  });
}

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.PROMISEHUB_CHROMIUM || "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
  });
}

function isLocal(url) {
  if (/^(data|blob|about):/.test(url)) return true;
  try {
    return new URL(url).hostname === "127.0.0.1";
  } catch {
    return false;
  }
}

// A browser context in which every request that would leave 127.0.0.1 is recorded in `offsite`
// and refused, and every Content-Security-Policy violation is recorded on the page.
async function guardedContext(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 375, height: 800 }, ...options });
  const offsite = [];
  context.on("request", (request) => {
    if (!isLocal(request.url())) offsite.push(request.url());
  });
  // Routes added later on a page (the quick exit's target) take precedence over this one.
  await context.route(
    (url) => !isLocal(url.href),
    (route) => route.abort("blockedbyclient"),
  );
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  return { context, offsite };
}

async function cspViolations(page) {
  return page.evaluate(() => window.__cspViolations || []);
}

// Load a page and insist it really is the page asked for (not the 404 page served instead).
async function visit(page, origin, address, { expectStatus = address === "/404.html" ? 404 : 200 } = {}) {
  const response = await page.goto(origin + address, { waitUntil: "load" });
  assert.ok(response, `no response for ${address}`);
  if (address !== "/404.html") assert.equal(response.status(), expectStatus, `status of ${address}`);
  return response;
}

const AXE_SOURCE = path.join(REPO, "node_modules", "axe-core", "axe.min.js");
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

// Run axe-core on the page as it is now: WCAG 2.2 A and AA, and the AAA contrast rule as well,
// because the spec asks for 7:1 for body text.
async function axe(page) {
  if (!(await page.evaluate(() => typeof window.axe === "object"))) {
    // addScriptTag writes an inline <script>, which the site's CSP rightly refuses; evaluating
    // through the DevTools protocol is not subject to it.
    await page.evaluate(fs.readFileSync(AXE_SOURCE, "utf8"));
  }
  return page.evaluate(async (tags) => {
    const r = await window.axe.run(document, {
      runOnly: { type: "tag", values: tags },
      rules: { "color-contrast-enhanced": { enabled: true } },
      resultTypes: ["violations"],
    });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(" ")} — ${n.failureSummary.replace(/\s+/g, " ")}`),
    }));
  }, AXE_TAGS);
}

function describeViolations(address, violations) {
  return violations
    .map((v) => `${address}: ${v.id} (${v.impact}) ${v.help}\n    ${v.nodes.join("\n    ")}`)
    .join("\n");
}

// What the site's quick exit leaves for, read from the built home page.
function quickExitUrl(dir = siteDir()) {
  const html = fs.readFileSync(path.join(dir, "index.html"), "utf8");
  const m = html.match(/data-quick-exit="([^"]+)"/);
  assert.ok(m, "the home page has no data-quick-exit");
  return m[1].replace(/&amp;/g, "&");
}

// A plain text of the theme's words for `lang` (themes/promise/i18n/<lang>.yaml), by its dotted
// name ("layout.leave"), as a reader sees it: what the page in that language must say.
function themeWord(lang, name) {
  const file = path.join(REPO, "themes/promise/i18n", `${lang}.yaml`);
  const [section, key] = name.split(".");
  let inSection = false;
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    if (/^\S/.test(line)) inSection = line.startsWith(`${section}:`);
    const m = inSection && line.match(/^  ([\w-]+):\s*(.*)$/);
    if (m && m[1] === key) {
      const text = m[2].trim();
      return text.startsWith('"') ? JSON.parse(text) : text;
    }
  }
  throw new Error(`${file} has no ${name}`);
}

module.exports = {
  themeWord,
  languageFolders,
  languagePages,
  REPO,
  CSP,
  siteDir,
  sitePages,
  pageKinds,
  startServer,
  launchBrowser,
  guardedContext,
  cspViolations,
  visit,
  axe,
  describeViolations,
  quickExitUrl,
  isLocal,
};
