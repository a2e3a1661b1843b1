// Listen (spec §13): the main text read aloud with the browser's own speech synthesis, in the
// page's language; play, pause, stop; the sentence being read marked; hidden without a voice for
// the language or without JavaScript; nothing stored; no CSP violation. speechSynthesis is
// replaced by a stand-in that records what it is asked to say and "finishes" each sentence when
// the test says so, so the test hears exactly what a reader would.
"use strict";

const { test, before, after } = require("node:test");
const assert = require("node:assert/strict");
const site = require("./support/site");

let server, browser, kinds;
before(async () => {
  server = await site.startServer();
  browser = await site.launchBrowser();
  kinds = site.pageKinds();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

// A speechSynthesis with the given voices; window.__said holds {text, lang} of each utterance.
function stubSpeech(voices) {
  return (voiceList) => {
    const fake = {
      said: [],
      current: null,
      paused: false,
      cancelled: 0,
      getVoices: () => voiceList.map((l) => ({ lang: l, name: `Voice ${l}` })),
      speak(u) {
        this.current = u;
        this.said.push({ text: u.text, lang: u.lang, voice: u.voice && u.voice.lang });
      },
      pause() { this.paused = true; },
      resume() { this.paused = false; },
      cancel() { this.cancelled += 1; this.current = null; },
      addEventListener() {},
      // The test's hand: the sentence being spoken ends.
      finishOne() {
        const u = this.current;
        this.current = null;
        if (u && u.onend) u.onend({});
      },
    };
    Object.defineProperty(window, "speechSynthesis", { value: fake, configurable: true });
    window.SpeechSynthesisUtterance = function (text) { this.text = text; };
  };
}

async function listenPage(options, voices, address) {
  const { context } = await site.guardedContext(browser, options);
  await context.addInitScript(stubSpeech(), voices);
  const page = await context.newPage();
  await site.visit(page, server.origin, address);
  return { context, page };
}

const highlighted = (page) => page.evaluate(() => {
  const h = CSS.highlights && CSS.highlights.get("listen");
  return h ? [...h][0].toString() : document.querySelector(".listen-current")?.textContent || "";
});

test("a promise is read aloud a sentence at a time, in the page's language, the sentence marked", async () => {
  const { context, page } = await listenPage({}, ["en-GB", "fr-FR"], kinds.promise);
  const listen = page.getByRole("button", { name: "Listen" });
  await listen.waitFor({ state: "visible" });
  assert.equal(await page.getByRole("button", { name: "Pause" }).isDisabled(), true);
  await listen.click();
  const said = () => page.evaluate(() => window.speechSynthesis.said);
  let s = await said();
  const h1 = (await page.locator("h1").innerText()).replace(/\s+/g, " ");
  assert.equal(s.length, 1);
  assert.equal(s[0].lang, "en-GB");
  assert.equal(s[0].voice, "en-GB");
  assert.ok(h1.startsWith(s[0].text.replace(/\s+/g, " ").slice(0, 10)), `first read "${s[0].text}", h1 is "${h1}"`);
  assert.equal(await highlighted(page), s[0].text, "the sentence being read is marked");
  // The next sentence follows when one ends, and the mark moves with it.
  await page.evaluate(() => window.speechSynthesis.finishOne());
  s = await said();
  assert.equal(s.length, 2);
  assert.notEqual(s[1].text, s[0].text);
  assert.equal(await highlighted(page), s[1].text);
  // The buttons themselves and the navigation are not read.
  assert.ok(!s.some((x) => /^(Listen|Pause|Stop)$/.test(x.text)));

  // Pause, then carry on from the same place.
  await page.getByRole("button", { name: "Pause" }).click();
  assert.equal(await page.evaluate(() => window.speechSynthesis.paused), true);
  await page.getByRole("button", { name: "Carry on" }).click();
  assert.equal(await page.evaluate(() => window.speechSynthesis.paused), false);
  assert.equal((await said()).length, 2, "carrying on does not start again");

  // Stop: quiet, nothing marked, and Listen starts from the top again.
  const cancelled = await page.evaluate(() => window.speechSynthesis.cancelled);
  await page.getByRole("button", { name: "Stop" }).click();
  assert.ok((await page.evaluate(() => window.speechSynthesis.cancelled)) > cancelled);
  assert.equal(await highlighted(page), "");
  await page.getByRole("button", { name: "Listen" }).click();
  assert.equal((await said()).at(-1).text, s[0].text);

  // Nothing about the reader is kept, and the page's Content-Security-Policy holds.
  assert.deepEqual(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie]), [0, 0, ""]);
  assert.deepEqual(await site.cspViolations(page), []);
  await context.close();
});

test("updates and plain pages have Listen too", async () => {
  for (const address of [kinds.update, kinds.page, kinds.notKept]) {
    const { context, page } = await listenPage({}, ["en-GB"], address);
    await page.getByRole("button", { name: "Listen" }).waitFor({ state: "visible" });
    await context.close();
  }
});

test("no Listen button without a voice for the language, or without JavaScript", async () => {
  let { context, page } = await listenPage({}, ["fr-FR", "de-DE"], kinds.promise);
  assert.equal(await page.locator("[data-listen]").isVisible(), false, "hidden with no English voice");
  await context.close();
  ({ context, page } = await listenPage({ javaScriptEnabled: false }, ["en-GB"], kinds.promise));
  assert.equal(await page.locator("[data-listen]").isVisible(), false, "hidden without JavaScript");
  await context.close();
});

test("printing leaves the buttons out", async () => {
  const { context, page } = await listenPage({}, ["en-GB"], kinds.promise);
  await page.getByRole("button", { name: "Listen" }).waitFor({ state: "visible" });
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator("[data-listen]").isVisible(), false);
  await context.close();
});
