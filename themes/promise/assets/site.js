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
    translations: {
      placeholder: "Type a word, like family",
      zero_results: "Nothing found for [SEARCH_TERM]. Try another word.",
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
