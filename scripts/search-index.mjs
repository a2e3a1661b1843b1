// The search index, made by `promisehub build` (and `serve`) from the pages it holds in memory.
// The program carries this script inside it (cmake/embed_text.cmake) and runs it as
//   node --input-type=module -e <this script> <node_modules/pagefind/lib/index.js>
// (or, by hand: node scripts/search-index.mjs <…/pagefind/lib/index.js>), writes the readers'
// pages to its standard input and reads the index files (pagefind/…) from its standard output.
// Nothing is read from or written to disk.
//
// Input, repeated until the end:  <url> "\n" <byte count> "\n" <that many bytes of HTML>
// Output, repeated:                <path under pagefind/> "\n" <byte count> "\n" <bytes>
// A problem is one line on standard error and a non-zero exit: 3 when Pagefind is not installed
// (the site is built without search), any other when indexing failed (the build stops and the
// live site stays as it was).
import process from "node:process";
import { pathToFileURL } from "node:url";

function fail(message, code = 1) {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}
const notInstalled = 3;

const started = Date.now();
function stage(name) {
  if (process.env.PROMISEHUB_SEARCH_TIMINGS)
    process.stderr.write(`search timing: ${name}: ${Date.now() - started} ms\n`);
}

const entry = process.argv.at(-1);
let pagefind;
try {
  pagefind = await import(pathToFileURL(entry).href);
} catch (e) {
  fail(`Pagefind could not be loaded from ${entry} (${e.code || e.message})`, notInstalled);
}

// Reads the whole of standard input, then splits it into pages.
async function readPages() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  const input = Buffer.concat(chunks);
  const pages = [];
  let at = 0;
  while (at < input.length) {
    const a = input.indexOf(10, at);
    const b = a < 0 ? -1 : input.indexOf(10, a + 1);
    if (b < 0) fail("the list of pages ended in the middle of a page");
    const url = input.toString("utf8", at, a);
    const size = Number(input.toString("latin1", a + 1, b));
    if (!Number.isInteger(size) || b + 1 + size > input.length) fail(`the page ${url} was cut short`);
    pages.push({ url, content: input.toString("utf8", b + 1, b + 1 + size) });
    at = b + 1 + size;
  }
  return pages;
}

const pages = await readPages();
stage("read pages");
let created;
try {
  created = await pagefind.createIndex({});
} catch (e) {
  // Its program for this computer (@pagefind/<platform>) is missing or cannot run.
  fail(`Pagefind's program did not start (${String(e.message || e).split("\n")[0]})`, notInstalled);
}
const { index, errors } = created;
if (!index) fail(`Pagefind did not start: ${errors.join("; ")}`);
// A few pages in flight keep Pagefind busy. Its files do not depend on the order the pages
// arrive in (only the order it lists them does, and the build sorts them by path).
let next = 0;
async function addPages() {
  while (next < pages.length) {
    const page = pages[next++];
    const added = await index.addHTMLFile(page);
    if (added.errors.length) fail(`Pagefind could not index ${page.url}: ${added.errors.join("; ")}`);
  }
}
await Promise.all(Array.from({ length: 16 }, addPages));
stage("indexed");
const files = await index.getFiles();
if (files.errors.length) fail(`Pagefind could not write its index: ${files.errors.join("; ")}`);
stage("index files");
for (const file of files.files) {
  const content = Buffer.from(file.content);
  process.stdout.write(`${file.path}\n${content.length}\n`);
  process.stdout.write(content);
}
// Pagefind's program is this process's child: wait until it has ended, so that its CPU time and
// memory count in the build's own (as /usr/bin/time and the benchmark see them).
let children = [];
try {
  const fs = await import("node:fs");
  children = fs.readFileSync(`/proc/${process.pid}/task/${process.pid}/children`, "utf8").split(" ").filter(Boolean);
  await pagefind.close();
  for (let waited = 0; waited < 3000 && children.some((pid) => fs.existsSync(`/proc/${pid}`)); waited += 10)
    await new Promise((resolve) => setTimeout(resolve, 10));
} catch {
  if (!children.length) await pagefind.close();
}
