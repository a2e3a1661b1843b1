// The web editor on a hub with organisations and a second language (spec §11, §12): the real
// Decap CMS in Chromium, against the local files (promisehub serve + decap-server), with the
// configuration `promisehub build` writes from the site's content. A translator saves a Gaelic
// translation of an update beside its original, and of a promise picked from its plan's own
// list; an organisation's editor saves an update that lands in the organisation's own folder,
// picking only that organisation's plan and promises. `check` takes every file, and a build
// shows the new update under its organisation.
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
const ORIGINAL = "2022-12-14-family-group-decision-making";

let dir, serve, decapServer, browser, port;

const { waitFor, startProcess, stopProcess, publish } = support;

// A fresh editor page, signed in to the local files; nothing leaves the machine.
async function openEditor() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.route((url) => !["127.0.0.1", "localhost"].includes(url.hostname) && !/^(data|blob):/.test(url.href),
    (route) => route.abort("blockedbyclient"));
  const page = await context.newPage();
  page.errors = [];
  page.on("pageerror", (e) => page.errors.push(String(e)));
  await page.goto(`http://127.0.0.1:${port}/admin/`, { waitUntil: "load", timeout: 90000 });
  await page.getByRole("button", { name: "Login", exact: true }).click({ timeout: 30000 });
  await page.getByRole("link", { name: /Progress updates/ }).first().waitFor({ timeout: 30000 });
  return { context, page };
}

before(async () => {
  assert.ok(BINARY, "set PROMISEHUB_BINARY to the promisehub binary (CTest does this)");
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "promisehub-editor-orgs-"));
  // The hub with organisations, its updates already in a folder per organisation, in Gaelic too.
  fs.cpSync(path.join(support.REPO, "examples", "scotland", "content"), path.join(dir, "content"), { recursive: true });
  fs.cpSync(path.join(support.REPO, "themes"), path.join(dir, "themes"), { recursive: true });
  fs.symlinkSync(path.join(support.REPO, "node_modules"), path.join(dir, "node_modules"), "dir");
  fs.appendFileSync(path.join(dir, "content", "site.yaml"), "languages: [gd]\n");

  port = await support.freePort();
  serve = startProcess(BINARY, ["serve", "--site", dir, "--port", String(port), "--drafts"], {});
  await waitFor(async () => (await fetch(`http://127.0.0.1:${port}/`)).ok, 20000, () => `promisehub serve\n${serve.log.join("")}`);

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
  }, 20000, () => `decap-server (is another one using port ${DECAP_SERVER_PORT}?)\n${decapServer.log.join("")}`);

  browser = await chromium.launch({
    executablePath: process.env.PROMISEHUB_CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
});

after(async () => {
  await browser?.close();
  await stopProcess(decapServer);
  await stopProcess(serve);
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

test("a Gaelic translation of an update is saved beside its original, and the build takes it", async () => {
  const folder = path.join(dir, "content", "updates", "midlothian-council");
  const saved = path.join(folder, `${ORIGINAL}.gd.md`);
  const { context, page } = await openEditor();

  await page.getByRole("link", { name: /Progress updates in Gaelic \(Gàidhlig\)/ }).click();
  await page.getByText("Family Group Decision Making helps children stay with their families (not translated yet)").click();
  // The original's words are beside each box.
  await page.getByText("In English: Family Group Decision Making helps children stay with their families").waitFor();
  await page.getByText(/^In English: Families meet to make a plan\./).waitFor();
  await page.getByLabel("Headline").fill("Bidh Co-dhùnaidhean Buidheann Teaghlaich a' cuideachadh chloinne");
  await page.getByLabel("In plain words").fill("Bidh teaghlaichean a' coinneachadh gus plana a dhèanamh.");
  await page.locator("[data-slate-editor]").click();
  await page.keyboard.type("Uaireannan bidh àm cruaidh aig teaghlach.");
  await publish(page);
  await waitFor(() => fs.existsSync(saved), 15000, "the editor to write the translation");
  assert.deepEqual(page.errors, [], "script errors in the editor");
  await context.close();

  // Exactly the name of spec §12, beside the original (which keeps its own name), text only.
  assert.ok(fs.existsSync(path.join(folder, `${ORIGINAL}.md`)), "the original is still there");
  assert.deepEqual(fs.readdirSync(folder).filter((f) => f.includes(".gd.") || f.includes(".en.")), [`${ORIGINAL}.gd.md`]);
  const text = fs.readFileSync(saved, "utf8");
  const keys = text.split("---")[1].split("\n").filter((l) => /^\w/.test(l)).map((l) => l.split(":")[0]);
  assert.deepEqual(keys, ["title", "plain"], text);
  assert.match(text, /Uaireannan bidh àm cruaidh aig teaghlach\./);

  const check = spawnSync(BINARY, ["check", "--site", dir], { encoding: "utf8" });
  assert.equal(check.status, 0, check.stderr);
  assert.doesNotMatch(check.stderr, /\.gd\.md:\d+:\d+: error/, check.stderr);

  // The editor's list, rebuilt by serve from the content, now knows it is translated.
  await waitFor(async () => {
    const config = await (await fetch(`http://127.0.0.1:${port}/admin/config.yml`)).text();
    return config.includes("label: Family Group Decision Making helps children stay with their families\n");
  }, 5000, () => `serve to list the translation as done\n${serve.log.join("")}`);
});

test("a plan's promise is translated by picking it from the plan's own list", async () => {
  const saved = path.join(dir, "content", "plans", "brightpath-families.gd.yaml");
  const { context, page } = await openEditor();
  await page.goto(`http://127.0.0.1:${port}/admin/#/collections/plans-in-gd/entries/brightpath-families`);
  await page.getByText("In English: Brightpath Families' promise plan (a sample)").waitFor({ timeout: 30000 });
  await page.getByLabel(/^Title/).first().fill("Plana gheallaidhean Brightpath");
  await page.getByRole("button", { name: "Add promise" }).click();
  await page.getByLabel("Which promise").click();
  // The list shows each promise with its English words, and only this plan's promises.
  const offered = await page.getByRole("option").allInnerTexts();
  assert.deepEqual(offered.map((o) => o.split(":")[0]), ["parent-groups", "family-time"]);
  await page.getByRole("option", { name: /^family-time: We will make warm, friendly rooms/ }).click();
  await page.getByLabel("In plain words").last().fill("Nì sinn seòmraichean blàth, càirdeil airson àm teaghlaich.");
  await publish(page);
  await waitFor(() => fs.existsSync(saved), 15000, "the editor to write the plan's translation");
  assert.deepEqual(page.errors, [], "script errors in the editor");
  await context.close();

  const text = fs.readFileSync(saved, "utf8");
  assert.match(text, /^title: Plana gheallaidhean Brightpath$/m, text);
  assert.match(text, /^actions:\n {2}- id: family-time\n/m, text);
  assert.doesNotMatch(text, /status|due|organisation/, "numbers, dates and statuses stay in the English plan");
  assert.ok(fs.existsSync(path.join(dir, "content", "plans", "brightpath-families.yaml")), "the original keeps its name");
  const check = spawnSync(BINARY, ["check", "--site", dir], { encoding: "utf8" });
  assert.equal(check.status, 0, check.stderr);
  assert.doesNotMatch(check.stderr, /\.gd\.yaml:\d+:\d+: error/, check.stderr);
});

test("an organisation's update lands in its folder, with only its own plan and promises to pick", async () => {
  const folder = path.join(dir, "content", "updates", "sample-charity");
  const { context, page } = await openEditor();
  await page.goto(`http://127.0.0.1:${port}/admin/#/collections/updates-from-sample-charity/new`);
  await page.getByLabel("Headline").fill("Parents meet every week");
  await page.getByLabel("In plain words").fill("Parents met, played and got help every week.");
  await page.getByRole("button", { name: "Now" }).click();

  // "plan" is in the title of three plans of the hub: only the charity's own is offered.
  await page.getByLabel("Plan", { exact: true }).fill("plan");
  await page.getByRole("option").first().waitFor();
  await page.waitForTimeout(500); // the list is filled after a short wait: let it settle
  assert.deepEqual(await page.getByRole("option").allInnerTexts(), ["Brightpath Families' promise plan (a sample)"]);
  await page.getByRole("option").first().click();

  // Midlothian's plans have promises about family time too: they are not offered here.
  await page.getByLabel(/Promises this update/).fill("family");
  await page.getByRole("option").first().waitFor();
  await page.waitForTimeout(500);
  const offered = await page.getByRole("option").allInnerTexts();
  assert.ok(offered.length >= 1 && offered.every((o) => /^(parent-groups|family-time) /.test(o)), offered.join("\n"));
  await page.getByRole("option", { name: /^parent-groups / }).first().click();
  await page.locator("[data-slate-editor]").click();
  await page.keyboard.type("Twenty parents came to the group this month.");
  await publish(page);
  let added = [];
  await waitFor(() => {
    added = fs.existsSync(folder) ? fs.readdirSync(folder) : [];
    return added.length === 1;
  }, 15000, "the editor to write the update in content/updates/sample-charity/");
  assert.deepEqual(page.errors, [], "script errors in the editor");
  await context.close();

  const [file] = added;
  assert.match(file, /^\d{4}-\d{2}-\d{2}-parents-meet-every-week\.md$/);
  assert.equal(fs.readdirSync(path.join(dir, "content", "updates")).filter((f) => f.endsWith(".md")).length, 0,
    "nothing was saved in content/updates/ itself");
  const text = fs.readFileSync(path.join(folder, file), "utf8");
  assert.match(text, /^plan: brightpath-families$/m);
  assert.match(text, /parent-groups/);
  assert.match(text, /^author: Brightpath Families \(a sample charity\)$/m, "From is filled in with the organisation");

  const check = spawnSync(BINARY, ["check", "--site", dir, "--drafts"], { encoding: "utf8" });
  assert.equal(check.status, 0, check.stderr);

  // Once live, the update has the usual address and is on the organisation's page.
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "promisehub-editor-orgs-live-"));
  try {
    const built = spawnSync(BINARY, ["build", "--site", dir, "--out", path.join(out, "public"), "--drafts", "--no-search"],
      { encoding: "utf8" });
    assert.equal(built.status, 0, built.stderr);
    const slug = file.replace(/\.md$/, "");
    const updateHtml = fs.readFileSync(path.join(out, "public", "updates", slug, "index.html"), "utf8");
    assert.match(updateHtml, /<h1[^>]*>Parents meet every week<\/h1>/);
    const orgHtml = fs.readFileSync(path.join(out, "public", "organisations", "sample-charity", "index.html"), "utf8");
    assert.match(orgHtml, new RegExp(`href="/updates/${slug}/"`), "the organisation's page lists its update");
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
});
