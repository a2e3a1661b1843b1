// The web editor on a council officer's own computer (spec §10): `promisehub serve` runs, Decap's
// `decap-server` serves the local files, and Chromium drives the real editor at /admin/ to write a
// progress update. The file it writes is one Promise Hub accepts, and the preview shows it.
// Then the editor is served as Netlify serves it (netlify-cli with netlify.toml, so under the
// editor's Content-Security-Policy) and records a status change and an indicator's new figure,
// and adds a glossary word: no policy violation, and every file it writes loads.
"use strict";

const { test, before, after } = require("node:test");
const assert = require("node:assert/strict");
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { chromium } = require("playwright-core");
const support = require("./support");

const BINARY = process.env.PROMISEHUB_BINARY;
const DECAP_SERVER_PORT = 8081; // where Decap looks for it when `local_backend: true`

let dir, serve, decapServer, browser, port, netlify;

const { waitFor, startProcess, stopProcess, publish } = support;

// Publishes a new update and waits for its file: the names in `updates` not in `before`.
async function publishNewUpdate(page, updates, before) {
  await publish(page);
  let added = [];
  await waitFor(() => {
    added = fs.readdirSync(updates).filter((f) => !before.has(f));
    return added.length === 1;
  }, 15000, "the editor to write the update");
  return added;
}

before(async () => {
  assert.ok(BINARY, "set PROMISEHUB_BINARY to the promisehub binary (CTest does this)");
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "promisehub-editor-"));
  for (const folder of ["content", "themes"]) fs.cpSync(path.join(support.REPO, folder), path.join(dir, folder), { recursive: true });
  // A site folder has its npm packages beside content/ (npm ci): `serve` and `build` give /admin/
  // the editor's script from them, with no step after the build, as the docs say.
  fs.symlinkSync(path.join(support.REPO, "node_modules"), path.join(dir, "node_modules"), "dir");
  // A plain build (no step after it) for the test that serves public/ as Netlify does.
  const built = spawnSync(BINARY, ["build", "--site", dir], { encoding: "utf8" });
  assert.equal(built.status, 0, built.stderr);
  assert.ok(fs.existsSync(path.join(dir, "public", "admin", "decap-cms.js")), "a plain build copies the editor's script");

  port = await support.freePort();
  serve = startProcess(BINARY, ["serve", "--site", dir, "--port", String(port), "--drafts"], {});
  await waitFor(async () => (await fetch(`http://127.0.0.1:${port}/`)).ok, 20000, `promisehub serve\n${serve.log.join("")}`);

  const free = await new Promise((resolve) => {
    const probe = require("node:net").createServer();
    probe.once("error", () => resolve(false));
    probe.listen(DECAP_SERVER_PORT, () => probe.close(() => resolve(true)));
  });
  assert.ok(free, `port ${DECAP_SERVER_PORT} is taken: stop the other decap-server first`);
  // Started as the docs say, through the script that binds it to this computer only.
  decapServer = startProcess("bash", [path.join(support.REPO, "scripts", "local-editor.sh"), dir], {
    cwd: dir,
    env: { ...process.env, PORT: String(DECAP_SERVER_PORT) },
  });
  await waitFor(async () => {
    const res = await fetch(`http://localhost:${DECAP_SERVER_PORT}/api/v1`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ action: "info" }),
    });
    return res.ok;
  }, 20000, `decap-server\n${decapServer.log.join("")}`);

  browser = await chromium.launch({
    executablePath: process.env.PROMISEHUB_CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
});

after(async () => {
  await browser?.close();
  await netlify?.close();
  await stopProcess(decapServer);
  await stopProcess(serve);
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

// decap-server has no password: on office Wi-Fi, anyone who reached it could change the files.
test("the editor's file server listens on this computer only (127.0.0.1)", () => {
  const fs = require("node:fs");
  const port = DECAP_SERVER_PORT.toString(16).toUpperCase().padStart(4, "0");
  const listeners = [];
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    if (!fs.existsSync(table)) continue;
    for (const line of fs.readFileSync(table, "utf8").split("\n").slice(1)) {
      const cols = line.trim().split(/\s+/);
      if (cols.length > 3 && cols[3] === "0A" && cols[1].endsWith(`:${port}`)) listeners.push(cols[1]);
    }
  }
  assert.deepEqual(listeners, [`0100007F:${port}`], "listening sockets on the editor's port");
});

test("an update written in the editor is a file Promise Hub accepts, shown by the preview", async () => {
  const updates = path.join(dir, "content", "updates");
  const before = new Set(fs.readdirSync(updates));
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // Nothing leaves the machine: the editor talks to 127.0.0.1 (the site) and localhost (decap-server).
  await context.route((url) => !["127.0.0.1", "localhost"].includes(url.hostname) && !/^(data|blob):/.test(url.href),
    (route) => route.abort("blockedbyclient"));
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));

  // decap-cms.js is about 5 MB: on a busy 2-core CI machine its first load can take a while.
  await page.goto(`http://127.0.0.1:${port}/admin/`, { waitUntil: "load", timeout: 90000 });
  // With decap-server found, Decap signs in to the local files with one button, no password.
  await page.getByRole("button", { name: "Login" }).click({ timeout: 30000 });
  await page.getByRole("link", { name: /Progress updates/ }).first().waitFor({ timeout: 30000 });
  await page.goto(`http://127.0.0.1:${port}/admin/#/collections/updates/new`);
  await page.getByLabel("Headline").fill("Camp for brothers and sisters");
  await page.getByLabel("In plain words").fill("Brothers and sisters went to camp.");
  await page.getByRole("button", { name: "Now" }).click();
  await page.getByLabel("Plan", { exact: true }).fill("Keeping");
  await page.getByRole("option").first().waitFor();
  await page.keyboard.press("Enter");
  for (const id of ["1.1", "2.2"]) {
    await page.getByLabel(/Promises this update/).fill(id);
    await page.getByRole("option", { name: new RegExp(`^${id.replace(".", "\\.")} `) }).first().click();
  }
  await page.locator("[data-slate-editor]").click();
  await page.keyboard.type("Twelve brothers and sisters went to camp. They had fun.");
  const added = await publishNewUpdate(page, updates, before);
  await context.close();
  assert.deepEqual(errors, [], "script errors in the editor");
  const [file] = added;
  assert.match(file, /^\d{4}-\d{2}-\d{2}-camp-for-brothers-and-sisters\.md$/);
  const text = fs.readFileSync(path.join(updates, file), "utf8");
  assert.match(text, /^plan: midlothian-2021-24$/m);
  assert.match(text, /"1\.1"/);
  assert.match(text, /^draft: true$/m, "a new update starts as a draft");

  // `check` has no error for it (warnings about wording are fine).
  const check = spawnSync(BINARY, ["check", "--site", dir, "--drafts"], { encoding: "utf8" });
  assert.equal(check.status, 0, check.stderr);
  assert.doesNotMatch(check.stderr, new RegExp(`${file}:\\d+:\\d+: error`), check.stderr);

  // The preview rebuilt by itself and shows the new update.
  const slug = file.replace(/\.md$/, "");
  await waitFor(async () => {
    const res = await fetch(`http://127.0.0.1:${port}/updates/${slug}/`);
    return res.ok && (await res.text()).includes("Camp for brothers and sisters");
  }, 3000, `the preview to show /updates/${slug}/\n${serve.log.join("")}`);
});

// Uploads land in content/static/, served from the site's own address: a web page or a script
// there could act for anyone signed in to the editor. admin/media-types.js turns them away.
test("the editor's media library takes pictures and PDFs only", async () => {
  const media = path.join(dir, "content", "static", "files");
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.route((url) => !["127.0.0.1", "localhost"].includes(url.hostname) && !/^(data|blob):/.test(url.href),
    (route) => route.abort("blockedbyclient"));
  const page = await context.newPage();
  const alerts = [];
  page.on("dialog", (d) => { alerts.push(d.message()); d.dismiss().catch(() => {}); });
  await page.goto(`http://127.0.0.1:${port}/admin/`, { waitUntil: "load", timeout: 90000 });
  await page.getByRole("button", { name: "Login" }).click({ timeout: 30000 });
  await page.getByRole("link", { name: /Progress updates/ }).first().waitFor({ timeout: 30000 });
  await page.getByRole("button", { name: "Media" }).click();
  const input = page.locator("input[type=file]").first();
  await input.waitFor({ state: "attached", timeout: 30000 });
  assert.doesNotMatch(await input.getAttribute("accept"), /svg|html|\*\/\*/, "the picker offers only pictures and PDFs");

  await input.setInputFiles({ name: "steal.html", mimeType: "text/html", buffer: Buffer.from("<script src=steal.js></script>") });
  await waitFor(() => alerts.length === 1, 5000, "the editor to say the file was not added");
  assert.match(alerts[0], /steal\.html was not added/);
  await input.setInputFiles({ name: "logo.svg", mimeType: "image/svg+xml", buffer: Buffer.from("<svg onload='x()'/>") });
  await waitFor(() => alerts.length === 2, 5000, "the editor to refuse the SVG picture");

  // A picture goes through, to the folder the site publishes.
  const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=", "base64");
  await input.setInputFiles({ name: "dot.png", mimeType: "image/png", buffer: png });
  await waitFor(() => fs.existsSync(path.join(media, "dot.png")), 15000, "the editor to save the picture");
  await context.close();
  assert.equal(alerts.length, 2, alerts.join("\n"));
  assert.ok(!fs.existsSync(path.join(media, "steal.html")), "the web page was written");
  assert.ok(!fs.existsSync(path.join(media, "logo.svg")), "the SVG picture was written");
});

// Records every Content-Security-Policy violation on the page (from the document, and from the
// console for workers), as tests/publishing/csp_browser.test.js does.
async function watchViolations(context, page) {
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      window.__violations.push(`${e.effectiveDirective} blocked ${e.blockedURI || "inline"} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  const fromConsole = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) fromConsole.push(message.text());
  });
  // The document's record is lost when the page is left: read it before.
  return async () => [...(await page.evaluate(() => window.__violations || [])), ...fromConsole.splice(0)];
}

test("under netlify.toml's policy, the editor records status changes, figures and glossary words", async () => {
  // The site as built in before(), served with the headers Netlify sends.
  netlify = await support.startNetlify(path.join(dir, "public"));
  const updates = path.join(dir, "content", "updates");
  const before = new Set(fs.readdirSync(updates));
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.route((url) => !["127.0.0.1", "localhost"].includes(url.hostname) && !/^(data|blob):/.test(url.href),
    (route) => route.abort("blockedbyclient"));
  const page = await context.newPage();
  const violations = await watchViolations(context, page);
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));

  const response = await page.goto(`${netlify.origin}/admin/`, { waitUntil: "load" });
  assert.ok(response.headers()["content-security-policy"], "the editor was served without its policy");
  // Exactly "Login": "Login with GitHub" would mean Decap could not reach decap-server.
  await page.getByRole("button", { name: "Login", exact: true }).click({ timeout: 30000 });
  await page.getByRole("link", { name: /Progress updates/ }).first().waitFor({ timeout: 30000 });

  // A progress update that moves promise 2.2 on to "Done" and adds a figure for an indicator.
  await page.goto(`${netlify.origin}/admin/#/collections/updates/new`);
  await page.getByLabel("Headline").fill("Family time is done");
  await page.getByLabel("In plain words").fill("We did what we promised.");
  await page.getByRole("button", { name: "Now" }).click();
  await page.getByLabel("Plan", { exact: true }).fill("Keeping");
  await page.getByRole("option").first().waitFor();
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "Add Status change" }).click();
  await page.getByLabel("Promise", { exact: true }).fill("2.2");
  await page.getByRole("option", { name: /^2\.2 / }).first().click();
  await page.getByLabel("New status").click();
  await page.getByRole("option", { name: "Done", exact: true }).click();
  await page.getByRole("button", { name: "Add New figure" }).click();
  await page.getByLabel("Indicator", { exact: true }).fill("Care experienced children");
  await page.getByRole("option").first().click();
  await page.getByLabel("Date of the figure").fill("2024-06");
  await page.getByLabel("Value", { exact: true }).fill("150");
  await page.getByLabel("When the next figure is due").fill("2025-06");
  await page.locator("[data-slate-editor]").click();
  await page.keyboard.type("Brothers and sisters now get family time every week.");
  const added = await publishNewUpdate(page, updates, before);
  const text = fs.readFileSync(path.join(updates, added[0]), "utf8");
  assert.match(text, /^status:\n {2}- action: "?2\.2"?\n {4}to: done$/m, text);
  assert.match(text, /^indicators:\n {2}- indicator: children-in-care\n {4}date: "?2024-06"?\n {4}value: 150\n {4}next_update: "?2025-06"?$/m, text);
  const updateSlug = added[0].replace(/\.md$/, "");

  // A new page, which starts as a draft linked from the foot of every page.
  const pagesDir = path.join(dir, "content", "pages");
  const pagesBefore = new Set(fs.readdirSync(pagesDir));
  await page.goto("about:blank");
  await page.goto(`${netlify.origin}/admin/#/collections/pages/new`);
  await page.getByLabel("Title", { exact: true }).fill("Our team");
  await page.getByLabel("In plain words").fill("Who we are and how to reach us.");
  await page.locator("[data-slate-editor]").click();
  await page.keyboard.type("We are the people who keep the promise here.");
  await publish(page);
  let newPages = [];
  await waitFor(() => {
    newPages = fs.readdirSync(pagesDir).filter((f) => !pagesBefore.has(f));
    return newPages.length === 1;
  }, 15000, "the editor to write the page");
  assert.equal(newPages[0], "our-team.md");
  const pageText = fs.readFileSync(path.join(pagesDir, newPages[0]), "utf8");
  assert.match(pageText, /^draft: true$/m, "a new page starts as a draft");
  assert.match(pageText, /^menu: footer$/m, pageText);

  // The glossary, which the editor reads and writes under `terms:`.
  const glossaryFile = path.join(dir, "content", "glossary.yaml");
  const termsBefore = (fs.readFileSync(glossaryFile, "utf8").match(/- term:/g) || []).length;
  // A fresh load of the editor (signed in still), so nothing is left of the update's form.
  const seen = await violations();
  await page.goto("about:blank");
  await page.goto(`${netlify.origin}/admin/#/collections/glossary/entries/glossary`);
  await page.getByText("CEYP", { exact: true }).first().waitFor({ timeout: 30000 });
  await page.getByRole("button", { name: "Add Word" }).click();
  await page.getByLabel("Word or short form").last().fill("Reporter");
  await page.getByLabel("In plain words").last().fill("The person who decides if you need a Hearing.");
  await publish(page);
  await waitFor(() => fs.readFileSync(glossaryFile, "utf8").includes("term: Reporter"), 15000,
    "the editor to write the glossary");
  const glossary = fs.readFileSync(glossaryFile, "utf8");
  assert.match(glossary, /^terms:$/m);
  assert.equal((glossary.match(/- term:/g) || []).length, termsBefore + 1, "the editor kept every other word");

  await page.waitForTimeout(300);
  assert.deepEqual([...seen, ...(await violations())], [], "Content-Security-Policy violations in the editor");
  assert.deepEqual(errors, [], "script errors in the editor");
  await context.close();

  // Every file the editor wrote loads: `check` has no error (warnings about wording are fine).
  const check = spawnSync(BINARY, ["check", "--site", dir, "--drafts"], { encoding: "utf8" });
  assert.equal(check.status, 0, check.stderr);

  // Once the drafts go live, the site shows what the editor wrote.
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "promisehub-editor-live-"));
  try {
    const live = spawnSync(BINARY, ["build", "--site", dir, "--out", path.join(out, "public"), "--drafts"],
      { encoding: "utf8" });
    assert.equal(live.status, 0, live.stderr);
    const updateHtml = fs.readFileSync(path.join(out, "public", "updates", updateSlug, "index.html"), "utf8");
    assert.match(updateHtml, /<h2>What changed<\/h2>/);
    assert.match(updateHtml, /data-status="done"/, "the status change is on the update's page");
    assert.match(updateHtml, /the new figure is 150 children, for June 2024\. The next figure is due in June 2025\./);
    const promiseHtml = fs.readFileSync(path.join(out, "public", "plans", "midlothian-2021-24", "2.2", "index.html"), "utf8");
    assert.match(promiseHtml, /data-status="done" data-current/, "promise 2.2 is now done");
    const teamHtml = fs.readFileSync(path.join(out, "public", "our-team", "index.html"), "utf8");
    assert.match(teamHtml, /<h1[^>]*>Our team<\/h1>/);
    const home = fs.readFileSync(path.join(out, "public", "index.html"), "utf8");
    assert.match(home, /<footer[\s\S]*href="\/our-team\/"[\s\S]*<\/footer>/, "the footer links the new page");
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
});
