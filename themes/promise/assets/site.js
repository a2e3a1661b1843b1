// Promise Hub theme script. Everything here is an extra: every page works without it.
//
// Quick exit (spec §8). The "Leave this site" links work without JavaScript. With it:
// - pressing Shift on its own 3 times within 5 seconds also leaves (capital letters, typed with
//   Shift and another key, do not count);
// - the page is blanked at once, then replaced in history (location.replace), so Back does not
//   return to it;
// - if Back still reaches an earlier page of this site in the same tab, that page leaves again
//   before it is shown. This needs a note in sessionStorage (gone when the tab closes); it holds
//   only the address to leave for. No cookies.
//
// This file is loaded without `defer`, so that the last check runs before the page is drawn.
(function () {
  "use strict";

  var KEY = "promisehub-left-for";
  var root = document.documentElement;

  function remembered() {
    try {
      return window.sessionStorage.getItem(KEY);
    } catch (e) {
      return null; // storage can be turned off; the plain exit still works
    }
  }

  function remember(target) {
    try {
      window.sessionStorage.setItem(KEY, target);
    } catch (e) {
      /* nothing to do */
    }
  }

  function forget() {
    try {
      window.sessionStorage.removeItem(KEY);
    } catch (e) {
      /* nothing to do */
    }
  }

  function leave(target) {
    root.classList.add("is-leaving"); // the stylesheet hides everything
    document.title = "";
    remember(target);
    window.location.replace(target);
  }

  function cameBack() {
    var nav = window.performance && performance.getEntriesByType && performance.getEntriesByType("navigation")[0];
    return !!nav && nav.type === "back_forward";
  }

  // Before anything is drawn: did this tab leave, and has Back brought it here again?
  var left = remembered();
  if (left) {
    if (cameBack()) {
      leave(left);
      return;
    }
    forget(); // they came back on purpose: a new visit starts afresh
  }
  // Pages restored from the back/forward cache do not run scripts again, but they do get pageshow.
  window.addEventListener("pageshow", function (event) {
    var target = remembered();
    if (event.persisted && target) leave(target);
  });

  document.addEventListener("DOMContentLoaded", function () {
    var box = document.querySelector("[data-quick-exit]");
    if (!box) return;
    var target = box.getAttribute("data-quick-exit");

    var links = document.querySelectorAll("[data-quick-exit-link]");
    for (var i = 0; i < links.length; i++) {
      links[i].addEventListener("click", function (event) {
        if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        leave(target);
      });
    }

    var keys = document.querySelectorAll("[data-quick-exit-keys]");
    for (var k = 0; k < keys.length; k++) keys[k].hidden = false;

    var presses = [];
    var combined = false; // Shift was held down for another key, as in a capital letter
    document.addEventListener("keydown", function (event) {
      if (event.key !== "Shift") combined = true;
      else if (!event.repeat) combined = false; // a fresh press of Shift starts clean
    });
    document.addEventListener("keyup", function (event) {
      if (event.key !== "Shift") return;
      if (combined) {
        combined = false;
        return;
      }
      var now = Date.now();
      presses = presses.filter(function (t) {
        return now - t < 5000;
      });
      presses.push(now);
      if (presses.length >= 3) leave(target);
    });
  });
})();

// Search page: start Pagefind's search box (its files are made after the site is built).
document.addEventListener("DOMContentLoaded", function () {
  "use strict";
  var box = document.querySelector("[data-search]");
  if (!box) return;
  if (!window.PagefindUI) {
    var fallback = document.querySelector("[data-search-unavailable]");
    if (fallback) fallback.hidden = false;
    return;
  }
  new window.PagefindUI({
    element: "#" + box.id,
    showSubResults: false,
    showImages: false,
    resetStyles: false,
    autofocus: false,
    // The words come from the theme's i18n/<lang>.yaml, through the page.
    translations: {
      placeholder: box.getAttribute("data-placeholder"),
      zero_results: box.getAttribute("data-zero-results"),
    },
  });
  // Pagefind's count of results ("12 results for family") is not announced by screen readers.
  // Say it in a status region once typing has paused.
  var status = document.querySelector("[data-search-status]");
  if (!status || !window.MutationObserver) return;
  var timer = null;
  new MutationObserver(function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var message = box.querySelector(".pagefind-ui__message");
      var text = message ? message.textContent.trim() : "";
      if (status.textContent !== text) status.textContent = text;
    }, 700);
  }).observe(box, { childList: true, subtree: true, characterData: true });
});

// Listen (spec §13): the page's main text read aloud by the browser's own speech synthesis, in
// the page's language, a sentence at a time, with the sentence being read marked. The buttons
// stay hidden without a voice for the language (and without JavaScript). Nothing is fetched and
// nothing is stored.
document.addEventListener("DOMContentLoaded", function () {
  "use strict";
  var box = document.querySelector("[data-listen]");
  var synth = window.speechSynthesis;
  if (!box || !synth || !window.SpeechSynthesisUtterance) return;
  var main = document.querySelector("main");
  var lang = document.documentElement.lang || "en";
  var play = box.querySelector("[data-listen-play]");
  var pause = box.querySelector("[data-listen-pause]");
  var stop = box.querySelector("[data-listen-stop]");
  // The words come from the theme's i18n/<lang>.yaml, through the page.
  var listenWord = play.textContent;
  var carryOnWord = box.getAttribute("data-listen-carry-on") || listenWord;

  function voice() {
    var voices = synth.getVoices() || [];
    var want = lang.toLowerCase();
    var base = want.split("-")[0];
    var close = null;
    for (var i = 0; i < voices.length; i++) {
      var l = (voices[i].lang || "").toLowerCase().replace("_", "-");
      if (l === want) return voices[i];
      if (!close && l.split("-")[0] === base) close = voices[i];
    }
    return close;
  }
  function offer() {
    if (voice()) box.hidden = false;
  }
  offer();
  if (synth.addEventListener) synth.addEventListener("voiceschanged", offer);

  // The blocks of text a reader sees, in order: innermost only, so nothing is read twice.
  var BLOCKS = "h1, h2, h3, h4, p, li, dt, dd, summary, caption";
  function blocks() {
    var out = [];
    var all = main.querySelectorAll(BLOCKS);
    var h1 = main.querySelector("h1");
    for (var i = 0; i < all.length; i++) {
      var el = all[i];
      // From the page's heading on: what comes before it only says where the page sits.
      if (h1 && el !== h1 && h1.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING) continue;
      if (el.closest(".listen, nav, [hidden], figure") || el.querySelector(BLOCKS)) continue;
      var closed = el.closest("details:not([open])");
      if (closed && !el.closest("summary")) continue;
      if (!el.getClientRects().length && !el.closest(".visually-hidden")) continue;
      out.push(el);
    }
    return out;
  }
  // Each block split into sentences, each with a Range over its text for the highlight.
  function sentences() {
    var out = [];
    blocks().forEach(function (el) {
      var nodes = [];
      var walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      var text = "";
      for (var n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push({ node: n, start: text.length });
        text += n.data;
      }
      // A sentence ends at . ! or ? followed by a space or the end ("Promise 1.1" is one).
      var re = /[.!?]+["”’)]*(?=\s|$)/g;
      var from = 0;
      var m;
      while (from < text.length) {
        m = re.exec(text);
        var to = m ? m.index + m[0].length : text.length;
        var piece = text.slice(from, to);
        var s = from + (piece.length - piece.replace(/^\s+/, "").length);
        var e = from + piece.replace(/\s+$/, "").length;
        if (e > s) out.push({ el: el, text: text.slice(s, e), range: rangeOf(nodes, s, e) });
        if (!m) break;
        from = to;
      }
    });
    return out;
  }
  function rangeOf(nodes, s, e) {
    var r = document.createRange();
    for (var i = 0; i < nodes.length; i++) {
      var n = nodes[i];
      var end = n.start + n.node.data.length;
      if (s >= n.start && s <= end) r.setStart(n.node, s - n.start);
      if (e >= n.start && e <= end) {
        r.setEnd(n.node, e - n.start);
        break;
      }
    }
    return r;
  }

  // The mark for the sentence being read: a ::highlight rule, added here because the site's
  // CSS checker does not know the selector yet (CSSOM rules are allowed by the CSP).
  var highlights = !!(window.CSS && CSS.highlights && window.Highlight);
  if (highlights) {
    try {
      var sheet = document.querySelector("link[rel=stylesheet][href*='/assets/style.']").sheet;
      sheet.insertRule("::highlight(listen) { background-color: var(--focus); color: var(--focus-ink); }", sheet.cssRules.length);
    } catch (e) {
      highlights = false; // the whole sentence's block is marked instead
    }
  }

  var list = [];
  var at = 0;
  var state = "stopped"; // "playing", "paused" or "stopped"
  var marked = null;

  function mark(item) {
    if (marked) marked.classList.remove("listen-current");
    marked = null;
    if (highlights) {
      if (item) CSS.highlights.set("listen", new Highlight(item.range));
      else CSS.highlights.delete("listen");
    } else if (item) {
      marked = item.el;
      marked.classList.add("listen-current");
    }
    if (item && item.el.scrollIntoView) item.el.scrollIntoView({ block: "nearest" });
  }
  function show() {
    play.textContent = state === "paused" ? carryOnWord : listenWord;
    play.disabled = state === "playing";
    pause.disabled = state !== "playing";
    stop.disabled = state === "stopped";
  }
  function speak() {
    if (at >= list.length) return finish();
    var item = list[at];
    var u = new SpeechSynthesisUtterance(item.text);
    u.lang = lang;
    var v = voice();
    if (v) u.voice = v;
    u.onend = function () {
      if (state !== "playing" || list[at] !== item) return;
      at += 1;
      speak();
    };
    mark(item);
    synth.speak(u);
  }
  function finish() {
    state = "stopped";
    at = 0;
    synth.cancel();
    mark(null);
    show();
  }
  play.addEventListener("click", function () {
    if (state === "paused") {
      state = "playing";
      synth.resume();
    } else {
      list = sentences();
      at = 0;
      state = "playing";
      synth.cancel();
      speak();
    }
    show();
    pause.focus();
  });
  pause.addEventListener("click", function () {
    state = "paused";
    synth.pause();
    show();
    play.focus();
  });
  stop.addEventListener("click", function () {
    finish();
    play.focus();
  });
  // Leaving the page (or the site, fast) stops the voice at once.
  window.addEventListener("pagehide", function () {
    synth.cancel();
  });
});
