// Quick exit (spec §8): Shift pressed 3 times within 5 seconds leaves the site at once.
// The plain link works without JavaScript; with it, the page is blanked first and the site is
// replaced in history, so Back does not return here.
(function () {
  "use strict";
  var box = document.querySelector("[data-quick-exit]");
  if (!box) return;
  var target = box.getAttribute("data-quick-exit");

  function leave(event) {
    if (event) event.preventDefault();
    document.body.style.display = "none";
    document.title = "Weather";
    window.location.replace(target);
  }

  var links = document.querySelectorAll("[data-quick-exit-link]");
  for (var i = 0; i < links.length; i++) links[i].addEventListener("click", leave);

  var presses = [];
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Shift" || event.repeat) return;
    var now = Date.now();
    presses = presses.filter(function (t) { return now - t < 5000; });
    presses.push(now);
    if (presses.length >= 3) leave();
  });
})();

// Search page: start Pagefind's UI when its script is present (it is built after the site).
document.addEventListener("DOMContentLoaded", function () {
  "use strict";
  var el = document.querySelector("[data-search]");
  if (el && window.PagefindUI) {
    new window.PagefindUI({ element: "#search", showSubResults: true, resetStyles: false });
  }
});
