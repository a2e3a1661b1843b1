// Shared by the publishing suites: the built site (made by the CTest fixture: promisehub build,
// with its search index), served by netlify-cli's own `netlify dev` with the repository's
// netlify.toml, offline, with no login and no files written outside a temporary folder.
"use strict";

const assert = require("node:assert/strict");
const { spawn } = require("node:child_process");
const fs = require("node:fs");
const net = require("node:net");
const os = require("node:os");
const path = require("node:path");

const REPO = path.resolve(process.env.PROMISEHUB_SOURCE_DIR || path.join(__dirname, "..", ".."));
const NETLIFY = path.join(REPO, "node_modules", ".bin", "netlify");

function siteDir() {
  const dir = process.env.PROMISEHUB_PUBLISHING_SITE;
  assert.ok(dir, "set PROMISEHUB_PUBLISHING_SITE to a site built by promisehub build");
  assert.ok(fs.existsSync(path.join(dir, "index.html")), `${dir} has no index.html: build the site first`);
  return path.resolve(dir);
}

// Every HTML page of the public site, as the address a reader types ("/plans/x/"). The editor
// (admin/) and Pagefind's files are not pages of the public site.
function publicPages(dir = siteDir()) {
  const pages = [];
  (function walk(rel) {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!(rel === "" && ["admin", "pagefind"].includes(entry.name))) walk(child);
      } else if (entry.name.endsWith(".html") && child !== "404.html") {
        pages.push("/" + (entry.name === "index.html" ? child.slice(0, -"index.html".length) : child));
      }
    }
  })("");
  return pages.sort();
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForHttp(origin, child, log, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      const res = await fetch(origin + "/", { signal: AbortSignal.timeout(2000) });
      await res.arrayBuffer();
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`netlify dev did not start within ${timeoutMs} ms:\n${log.join("")}`);
}

// Starts `netlify dev` on a free port. It runs in a temporary project folder holding a copy of
// netlify.toml, so it writes its .netlify/ folder there and never touches the repository; HOME
// is temporary too, so no login or saved state is used.
async function startNetlify(dir = siteDir()) {
  assert.ok(fs.existsSync(NETLIFY), `${NETLIFY} is missing: run npm ci (or scripts/setup.sh)`);
  const project = fs.mkdtempSync(path.join(os.tmpdir(), "promisehub-netlify-"));
  fs.copyFileSync(path.join(REPO, "netlify.toml"), path.join(project, "netlify.toml"));
  fs.mkdirSync(path.join(project, "home"));
  const port = await freePort();
  const staticPort = await freePort();
  const env = {
    ...process.env,
    HOME: path.join(project, "home"),
    XDG_CONFIG_HOME: path.join(project, "home", ".config"),
    BROWSER: "none",
    NETLIFY_OFFLINE: "1",
    NETLIFY_TELEMETRY_DISABLED: "1",
    NO_UPDATE_NOTIFIER: "1",
    CI: "1",
  };
  delete env.NETLIFY_AUTH_TOKEN;
  delete env.NETLIFY_SITE_ID;
  const args = ["dev", "--offline", "--dir", dir, "--port", String(port),
    "--staticServerPort", String(staticPort), "--no-open", "--skip-gitignore",
    // Edge functions need Deno, which netlify-cli downloads: not offline, and the site has none.
    "--internal-disable-edge-functions"];
  const child = spawn(NETLIFY, args, { cwd: project, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  const log = [];
  child.stdout.on("data", (d) => log.push(String(d)));
  child.stderr.on("data", (d) => log.push(String(d)));
  const origin = `http://127.0.0.1:${port}`;
  const close = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once("exit", r));
      try {
        process.kill(-child.pid, "SIGTERM"); // its whole process group: the static server too
      } catch {
        // already gone
      }
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) {
        try {
          process.kill(-child.pid, "SIGKILL");
        } catch {
          // already gone
        }
      }
    }
    fs.rmSync(project, { recursive: true, force: true });
  };
  try {
    await waitForHttp(origin, child, log, 60000);
  } catch (e) {
    await close();
    throw e;
  }
  return { origin, port, close, log };
}

// A Content-Security-Policy header as { directive: [sources] }.
function parseCsp(header) {
  const policy = {};
  for (const part of (header || "").split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) policy[name.toLowerCase()] = sources;
  }
  return policy;
}

// Polls `check` (which may throw while it is not yet true) every 100 ms until it is true, or throws
// after `timeoutMs` naming `what` (a text, or a function giving one, such as a server's log).
async function waitFor(check, timeoutMs, what) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if (await check()) return;
    } catch {
      // not yet
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${typeof what === "function" ? what() : what}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

// A child process whose output is kept in `child.log`, for a test's message when it fails.
function startProcess(command, args, options) {
  const child = spawn(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
  child.log = [];
  child.stdout.on("data", (d) => child.log.push(String(d)));
  child.stderr.on("data", (d) => child.log.push(String(d)));
  return child;
}

// Ends a child started by startProcess: SIGTERM, then SIGKILL after 5 s.
async function stopProcess(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM");
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
}

// Publishes the entry open in the web editor (the local backend writes it at once).
async function publish(page) {
  await page.getByRole("button", { name: "Publish" }).click();
  await page.getByText("Publish now").click();
}

module.exports = {
  REPO,
  siteDir,
  publicPages,
  startNetlify,
  parseCsp,
  freePort,
  waitFor,
  startProcess,
  stopProcess,
  publish,
};
