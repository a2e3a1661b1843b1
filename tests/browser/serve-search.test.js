// Search in `promisehub serve`, as someone editing sees it: they change an update's title, the
// preview reloads, and the search page finds the new word, with no build step of their own.
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
const UPDATE = "content/updates/2022-12-14-family-group-decision-making.md";
const WORD = "Zebracorn";

let dir, serve, port, browser, log = "";

// Waiting for the preview; a timeout shows what serve printed.
const waitFor = (check, ms, what) => pollUntil(check, ms, () => `${what}\n${log}`);

before(async () => {
  assert.ok(BINARY, "set PROMISEHUB_BINARY to the promisehub binary (CTest does this)");
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "promisehub-serve-search-"));
  for (const folder of ["content", "themes"]) fs.cpSync(path.join(REPO, folder), path.join(dir, folder), { recursive: true });
  // Pagefind comes from the npm packages beside the site, as in a clone after `npm ci`.
  fs.symlinkSync(path.join(REPO, "node_modules"), path.join(dir, "node_modules"));
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

async function search(page, word) {
  const box = page.getByRole("textbox");
  await box.waitFor({ timeout: 10000 });
  await box.fill(word);
}

test("after an update's title is edited, the preview's search finds the new word", async () => {
  const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${port}/search/`);
  await search(page, WORD);
  await page.getByText(`Nothing found for ${WORD}. Try another word.`).waitFor({ timeout: 15000 });

  const file = path.join(dir, UPDATE);
  const before = fs.readFileSync(file, "utf8");
  const after = before.replace(/^title: /m, `title: ${WORD} `);
  assert.notEqual(after, before);
  const reloaded = page.waitForEvent("load", { timeout: 20000 });
  fs.writeFileSync(file, after);
  await reloaded;

  await search(page, WORD);
  const results = page.locator(".pagefind-ui__result-link");
  await results.first().waitFor({ timeout: 20000 });
  // The update itself (and the pages that list it: its promises, the home page).
  const found = await results.evaluateAll((as) => as.map((a) => [a.getAttribute("href"), a.textContent.trim()]));
  const update = found.find(([href]) => href === "/updates/2022-12-14-family-group-decision-making/");
  assert.ok(update, `the edited update is not among the results: ${JSON.stringify(found)}`);
  assert.match(update[1], new RegExp(`^${WORD} Family Group Decision Making`));
  await context.close();
});
