// Every HTML page of the built site is valid HTML, and its stylesheets valid CSS, by the Nu HTML
// Checker (vnu-jar from npm; needs Java): zero errors.
"use strict";

const { test, before } = require("node:test");
const assert = require("node:assert/strict");
const { execFileSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");
const site = require("./support/site");

const VNU = path.join(site.REPO, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
const dir = site.siteDir();
const fileOf = (p) => path.join(dir, p.endsWith("/") ? p + "index.html" : p);
const addresses = site.sitePages(dir);
const pages = addresses.map(fileOf);
// The same pages in the site's other languages (/gd/…, /ar/…).
const languagePages = site.languageFolders(dir).flatMap((lang) => addresses.map((p) => fileOf(`/${lang}${p}`)));
const stylesheets = fs.readdirSync(path.join(dir, "assets")).filter((f) => f.endsWith(".css")).map((f) => path.join(dir, "assets", f));

// vnu's errors, one line each, keyed by file; one run of the checker for everything (Java is slow to start).
const errorsByFile = new Map();
before(() => {
  assert.ok(fs.existsSync(VNU), `${VNU} is missing: run npm ci in ${site.REPO}`);
  let out;
  try {
    // The JSON report is on stderr; vnu exits non-zero when it finds errors.
    out = execFileSync("java", ["-jar", VNU, "--errors-only", "--also-check-css", "--format", "json", ...pages, ...languagePages, ...stylesheets], {
      stdio: ["ignore", "pipe", "pipe"],
      maxBuffer: 64 * 1024 * 1024,
    }).toString();
  } catch (e) {
    out = e.stderr?.toString() || "";
    assert.ok(out.trim().startsWith("{"), `vnu did not run: ${e.message}\n${out}`);
  }
  const report = out.trim() ? JSON.parse(out) : { messages: [] };
  for (const m of report.messages) {
    if (m.type !== "error" && m.subType !== "fatal") continue;
    const file = (m.url || "").replace(/^file:/, "");
    const line = `${file.replace(dir, "")}:${m.lastLine}:${m.firstColumn ?? ""}: ${m.message}\n    ${(m.extract || "").replace(/\n/g, " ")}`;
    errorsByFile.set(file, [...(errorsByFile.get(file) || []), line]);
  }
});

function errorsIn(files) {
  const known = new Set(files);
  const errors = [];
  for (const [file, lines] of errorsByFile) if (known.has(file) || !file) errors.push(...lines);
  return errors;
}

test("every page is valid HTML (Nu HTML Checker, errors only)", () => {
  assert.ok(pages.length > 20, `only ${pages.length} pages to check`);
  const errors = errorsIn(pages);
  assert.equal(errors.length, 0, `${errors.length} HTML errors:\n` + errors.join("\n"));
});

test("every page in the other languages is valid HTML", { skip: languagePages.length === 0 && "the site has one language" }, () => {
  assert.ok(languagePages.length >= 2 * pages.length, `only ${languagePages.length} pages in other languages`);
  const errors = errorsIn(languagePages);
  assert.equal(errors.length, 0, `${errors.length} HTML errors:\n` + errors.join("\n"));
});

test("the theme's stylesheet is valid CSS", () => {
  assert.ok(stylesheets.length > 0, "no stylesheet in assets/");
  const errors = errorsIn(stylesheets);
  assert.equal(errors.length, 0, `${errors.length} CSS errors:\n` + errors.join("\n"));
});

test("the checker looked at every file it was given", () => {
  // Errors for files that were not asked about would mean the paths above are wrong.
  const asked = new Set([...pages, ...languagePages, ...stylesheets]);
  assert.deepEqual([...errorsByFile.keys()].filter((f) => f && !asked.has(f)), []);
});
