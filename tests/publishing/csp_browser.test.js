// Chromium visits every page of the site as Netlify serves it (netlify-cli with the repository's
// netlify.toml) and listens for Content-Security-Policy violations: none is allowed. Search is
// used for real (Pagefind's WebAssembly), and the editor at /admin/ must start under its policy.
"use strict";

const { test, before, after } = require("node:test");
const assert = require("node:assert/strict");
const { chromium } = require("playwright-core");
const support = require("./support");

// The editor is visited under a name that is not localhost, as on Netlify: on localhost, Decap
// would look for a local `decap-server`, which is for previews and not part of the deploy.
const EDITOR_HOST = "promise-hub.test";

let server, browser;
before(async () => {
  server = await support.startNetlify();
  browser = await chromium.launch({
    executablePath: process.env.PROMISEHUB_CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
      `--host-resolver-rules=MAP ${EDITOR_HOST} 127.0.0.1`,
      // On Netlify the editor is served over https: a secure context, which Decap needs.
      `--unsafely-treat-insecure-origin-as-secure=http://${EDITOR_HOST}:${server.port}`],
  });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

function sameSite(url, origins) {
  if (/^(data|blob|about):/.test(url)) return true;
  try {
    return origins.includes(new URL(url).origin);
  } catch {
    return false;
  }
}

// A page on which every CSP violation (from the document, and from the console for workers) is
// recorded, and every request leaving the site is refused and recorded.
async function watchedPage(origins) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const offsite = [];
  await context.route((url) => !sameSite(url.href, origins), (route) => {
    offsite.push(route.request().url());
    return route.abort("blockedbyclient");
  });
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      window.__violations.push(`${e.effectiveDirective} blocked ${e.blockedURI || "inline"} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  const page = await context.newPage();
  const consoleViolations = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) consoleViolations.push(message.text());
  });
  const violations = async () => [...(await page.evaluate(() => window.__violations || [])), ...consoleViolations];
  const clear = () => consoleViolations.splice(0);
  return { context, page, offsite, violations, clear };
}

test("no page of the public site breaks its Content-Security-Policy", async () => {
  const addresses = [...support.publicPages(), "/no-such-page/"];
  const problems = [];
  const offsite = [];
  // A few tabs at once: netlify dev is slow to answer one request at a time.
  const tabs = 4;
  await Promise.all(Array.from({ length: tabs }, async (_, tab) => {
    const watched = await watchedPage([server.origin]);
    for (let i = tab; i < addresses.length; i += tabs) {
      const address = addresses[i];
      await watched.page.goto("about:blank");
      const response = await watched.page.goto(server.origin + address, { waitUntil: "load" });
      assert.ok(response, `no response for ${address}`);
      assert.ok(response.headers()["content-security-policy"], `${address} was served without a policy`);
      await watched.page.waitForTimeout(50); // deferred scripts report after load
      for (const v of await watched.violations()) problems.push(`${address}: ${v}`);
      watched.clear();
    }
    offsite.push(...watched.offsite);
    await watched.context.close();
  }));
  assert.deepEqual([...new Set(problems)].sort(), [], "Content-Security-Policy violations");
  assert.deepEqual(offsite, [], "requests that left the site");
});

test("searching with Pagefind works under the policy", async () => {
  const { context, page, offsite, violations } = await watchedPage([server.origin]);
  await page.goto(server.origin + "/search/", { waitUntil: "load" });
  const box = page.getByRole("textbox");
  await box.waitFor({ timeout: 10000 });
  await box.fill("family");
  const results = page.locator(".pagefind-ui__result-link");
  await results.first().waitFor({ timeout: 15000 });
  assert.ok((await results.count()) > 0, "no search results");
  await page.waitForTimeout(200);
  assert.deepEqual(await violations(), [], "Content-Security-Policy violations while searching");
  assert.deepEqual(offsite, [], "requests that left the site");
  await context.close();
});

test("the editor at /admin/ starts under its own policy and offers to sign in with GitHub", async () => {
  const origin = `http://${EDITOR_HOST}:${server.port}`;
  const { context, page, violations } = await watchedPage([origin]);
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  const response = await page.goto(origin + "/admin/", { waitUntil: "load" });
  assert.equal(response.status(), 200);
  // Decap reads config.yml and shows its sign-in button only when the configuration is valid.
  await page.getByRole("button", { name: /GitHub/i }).waitFor({ timeout: 30000 });
  await page.waitForTimeout(300);
  assert.deepEqual(await violations(), [], "Content-Security-Policy violations in the editor");
  assert.deepEqual(errors, [], "script errors in the editor");
  await context.close();
});
