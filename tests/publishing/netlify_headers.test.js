// What a reader's browser gets from Netlify: the site served by netlify-cli with the repository's
// netlify.toml, checked with real HTTP requests. Every public page carries a strict
// Content-Security-Policy and the security headers; the editor at /admin/ has its own policy and
// is kept out of search engines; unknown addresses get the 404 page; fingerprinted assets are
// cached for a year.
"use strict";

const { test, before, after } = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const support = require("./support");

let server;
before(async () => {
  server = await support.startNetlify();
});
after(async () => {
  await server?.close();
});

async function get(address) {
  const res = await fetch(server.origin + address, {
    redirect: "manual",
    headers: { "accept-encoding": "identity" }, // spare netlify dev compressing every answer
  });
  const body = await res.text();
  return { status: res.status, headers: res.headers, body };
}

function assertSecurityHeaders(address, headers) {
  const hsts = headers.get("strict-transport-security") || "";
  const maxAge = Number((/max-age=(\d+)/.exec(hsts) || [])[1] || 0);
  assert.ok(maxAge >= 31536000, `${address}: Strict-Transport-Security is "${hsts}"`);
  assert.equal(headers.get("x-content-type-options"), "nosniff", `${address}: X-Content-Type-Options`);
  assert.equal(headers.get("referrer-policy"), "no-referrer", `${address}: Referrer-Policy`);
  const permissions = headers.get("permissions-policy") || "";
  for (const feature of ["camera=()", "microphone=()", "geolocation=()"]) {
    assert.ok(permissions.includes(feature), `${address}: Permissions-Policy lacks ${feature}`);
  }
}

function assertStrictPolicy(address, headers) {
  const header = headers.get("content-security-policy");
  assert.ok(header, `${address} has no Content-Security-Policy`);
  assert.ok(!header.includes(","), `${address} has more than one Content-Security-Policy: ${header}`);
  const csp = support.parseCsp(header);
  assert.deepEqual(csp["default-src"], ["'none'"], `${address}: default-src`);
  assert.deepEqual(csp["script-src"], ["'self'", "'wasm-unsafe-eval'"], `${address}: script-src`);
  assert.deepEqual(csp["style-src"], ["'self'"], `${address}: style-src`);
  assert.deepEqual(csp["frame-ancestors"], ["'none'"], `${address}: frame-ancestors`);
  assert.ok(!header.includes("'unsafe-inline'") && !header.includes("'unsafe-eval'"), `${address}: ${header}`);
  for (const [directive, sources] of Object.entries(csp)) {
    for (const source of sources) {
      assert.ok(!/^https?:|^\*$/.test(source), `${address}: ${directive} allows ${source}, off the site`);
    }
  }
}

// A few requests at once: netlify dev answers one at a time slowly.
async function eachInBatches(items, size, fn) {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(fn));
}

test("every public page is served with a strict Content-Security-Policy and security headers", async () => {
  const pages = support.publicPages();
  assert.ok(pages.length > 20, `only ${pages.length} pages found`);
  await eachInBatches(pages, 8, async (address) => {
    const { status, headers } = await get(address);
    assert.equal(status, 200, `status of ${address}`);
    assert.match(headers.get("content-type") || "", /^text\/html/, `${address}: Content-Type`);
    assertStrictPolicy(address, headers);
    assertSecurityHeaders(address, headers);
  });
});

test("files of the site (CSS, JavaScript, feeds, search index) get the same headers", async () => {
  const dir = support.siteDir();
  const files = ["/feed.xml", "/sitemap.xml", "/robots.txt", "/favicon.svg", "/pagefind/pagefind-ui.js"];
  for (const name of fs.readdirSync(path.join(dir, "assets"))) files.push(`/assets/${name}`);
  for (const address of files) {
    const { status, headers } = await get(address);
    assert.equal(status, 200, `status of ${address}`);
    assertStrictPolicy(address, headers);
    assertSecurityHeaders(address, headers);
  }
});

test("an unknown address gets the site's own 404 page with status 404", async () => {
  const { status, headers, body } = await get("/plans/no-such-plan/9.9/");
  assert.equal(status, 404);
  assert.match(body, /Page not found/);
  assertStrictPolicy("the 404 page", headers);
});

test("an unknown address under a language's folder gets that language's 404 page", async () => {
  const { status, body } = await get("/gd/plans/no-such-plan/9.9/");
  assert.equal(status, 404);
  assert.match(body, /<html lang="gd"/);
  assert.match(body, /Cha deach an duilleag a lorg/);
});

test("the editor at /admin/ is served from the site, with its own policy, out of search engines", async () => {
  const { status, headers, body } = await get("/admin/");
  assert.equal(status, 200);
  assertSecurityHeaders("/admin/", headers);
  const header = headers.get("content-security-policy") || "";
  assert.ok(!header.includes(","), `/admin/ has more than one Content-Security-Policy: ${header}`);
  const csp = support.parseCsp(header);
  // Decap checks its configuration with AJV, which compiles JavaScript: 'unsafe-eval' is the
  // price of the editor, kept to /admin/. Still no inline script and nothing from elsewhere.
  assert.deepEqual(csp["script-src"], ["'self'", "'unsafe-eval'", "'wasm-unsafe-eval'"], "script-src of the editor");
  assert.ok(csp["connect-src"].includes("https://api.github.com"), "the editor must reach GitHub's API");
  // `local_backend: true`: on localhost, Decap looks for decap-server at this fixed address.
  assert.ok(csp["connect-src"].includes("http://localhost:8081"), "the editor must reach decap-server");
  assert.deepEqual(csp["frame-ancestors"], ["'none'"]);
  assert.match(headers.get("x-robots-tag") || "", /noindex/);
  assert.match(body, /<meta name="robots" content="noindex/);
  assert.doesNotMatch(body, /<script>|<script [^>]*>[^<]/, "the editor page has inline script");
  assert.match(body, /<script src="decap-cms\.js"><\/script>/);

  const script = await get("/admin/decap-cms.js");
  assert.equal(script.status, 200, "promisehub build did not copy decap-cms.js");
  assert.match(script.headers.get("content-type") || "", /javascript/);
  const config = await get("/admin/config.yml");
  assert.equal(config.status, 200);
  assert.match(config.body, /^backend:/m);
});

test("the sitemap lists the public pages and not the editor or the search index", async () => {
  const { body } = await get("/sitemap.xml");
  assert.match(body, /<loc>[^<]*\/plans\//);
  assert.doesNotMatch(body, /\/admin\//);
  assert.doesNotMatch(body, /\/pagefind\//);
});

// `netlify dev` always answers with its own Cache-Control, so the caching rules are checked with
// Netlify's own header parser (the one its deploys use) against the real asset names.
test("fingerprinted assets are cached for a year, and pages are not", async () => {
  const { parseAllHeaders } = await import("@netlify/headers-parser");
  const { headers: rules, errors } = await parseAllHeaders({
    netlifyConfigPath: path.join(support.REPO, "netlify.toml"),
    minimal: false,
  });
  assert.deepEqual(errors, []);
  const cacheControl = (address) => {
    let value;
    for (const rule of rules) {
      if (rule.forRegExp.test(address) && rule.values["Cache-Control"]) value = rule.values["Cache-Control"];
    }
    return value;
  };
  const assets = fs.readdirSync(path.join(support.siteDir(), "assets"));
  assert.ok(assets.some((name) => /^style\.[0-9a-f]+\.css$/.test(name)), `no fingerprinted CSS in ${assets}`);
  assert.ok(assets.some((name) => /^site\.[0-9a-f]+\.js$/.test(name)), `no fingerprinted JS in ${assets}`);
  for (const name of assets) {
    assert.match(name, /\.[0-9a-f]{6,}\.(css|js)$/, `assets/${name} is not fingerprinted, so it must not be cached for a year`);
    const value = cacheControl(`/assets/${name}`) || "";
    assert.match(value, /max-age=31536000/, `/assets/${name}: ${value}`);
    assert.match(value, /immutable/, `/assets/${name}: ${value}`);
  }
  for (const address of ["/", "/plans/", "/search/", "/pagefind/pagefind-ui.js"]) {
    assert.doesNotMatch(cacheControl(address) || "", /immutable/, `${address} must not be immutable`);
  }
});
