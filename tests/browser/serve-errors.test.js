// `promisehub serve`'s problems panel, as someone editing sees it: after a save that breaks the
// site, the page reloads where they were reading and the panel is there on screen (not above
// the scroll position), with the keyboard focus on it; after the fix, it goes away by itself.
"use strict";

const { test, before, after } = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { spawn } = require("node:child_process");
const site = require("./support/site");
const { freePort, waitFor: pollUntil } = require("../publishing/support");

const BINARY = process.env.PROMISEHUB_BINARY;
const REPO = path.resolve(__dirname, "..", "..");
const PLAN = "content/plans/midlothian-2021-24.yaml";

let dir, serve, port, browser, log = "";

// Waiting for the preview; a timeout shows what serve printed.
const waitFor = (check, ms, what) => pollUntil(check, ms, () => `${what}\n${log}`);

before(async () => {
  assert.ok(BINARY, "set PROMISEHUB_BINARY to the promisehub binary (CTest does this)");
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "promisehub-serve-errors-"));
  for (const folder of ["content", "themes"]) fs.cpSync(path.join(REPO, folder), path.join(dir, folder), { recursive: true });
  port = await freePort();
  serve = spawn(BINARY, ["serve", "--site", dir, "--port", String(port), "--now", "2026-11-23"], { stdio: ["ignore", "pipe", "pipe"] });
  serve.stdout.on("data", (d) => (log += d));
  serve.stderr.on("data", (d) => (log += d));
  await waitFor(async () => (await fetch(`http://127.0.0.1:${port}/`)).ok, 30000, "promisehub serve");
  browser = await site.launchBrowser();
});

after(async () => {
  await browser?.close();
  if (serve) serve.kill("SIGTERM");
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

test("a broken save shows the panel where the reader is looking, focused, and a fix clears it", async () => {
  const context = await browser.newContext({ viewport: { width: 375, height: 700 } });
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${port}/plans/midlothian-2021-24/`);
  // Read far down the long plan page, as someone checking their change would.
  await page.evaluate(() => window.scrollTo({ top: document.body.scrollHeight, behavior: "instant" }));
  await page.waitForFunction(() => window.scrollY > 1000, null, { timeout: 5000 });

  const plan = path.join(dir, PLAN);
  const good = fs.readFileSync(plan, "utf8");
  const broken = good.replace(/^title: /m, "titel: ");
  assert.notEqual(broken, good);
  const reloaded = page.waitForEvent("load", { timeout: 20000 });
  fs.writeFileSync(plan, broken);
  await reloaded;
  const panel = page.locator(".promisehub-errors");
  await panel.waitFor({ state: "visible", timeout: 20000 });

  // On screen, at the top of the window, though the page is still scrolled down.
  assert.ok((await page.evaluate(() => window.scrollY)) > 1000, "the reload kept the reader's place");
  const box = await panel.boundingBox();
  assert.ok(box, "the panel has a box");
  assert.ok(box.y >= 0 && box.y < 5, `the panel starts at the top of the window (y = ${box.y})`);
  assert.ok(box.height > 50 && box.height <= 700 * 0.7 + 1, `the panel fits the window (height ${box.height})`);
  assert.match(await panel.innerText(), /The site could not be built: \d+ problems?/);
  assert.match(await panel.innerText(), /content\/plans\/midlothian-2021-24\.yaml:\d+:\d+: error: unknown key `titel`/);
  // What is on top at the panel's middle is the panel itself, not the page under it.
  const onTop = await page.evaluate(({ x, y }) => !!document.elementFromPoint(x, y)?.closest(".promisehub-errors"),
    { x: box.x + box.width / 2, y: box.y + Math.min(box.height, 100) / 2 });
  assert.ok(onTop, "the panel is drawn over the page");
  // Focus is on the panel (a screen reader reads it; role="alert" announces it too).
  assert.equal(await page.evaluate(() => document.activeElement?.className), "promisehub-errors");
  assert.equal(await panel.getAttribute("role"), "alert");

  // Fixed: the page reloads by itself, without the panel.
  const again = page.waitForEvent("load", { timeout: 20000 });
  fs.writeFileSync(plan, good);
  await again;
  await waitFor(async () => (await page.locator(".promisehub-errors").count()) === 0, 20000, "the panel to go");
  await context.close();
});
