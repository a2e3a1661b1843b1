// The web editor's uploads are pictures and PDFs only. Decap CMS has no setting for the kinds of
// file its media library takes, so this page refuses the others before Decap sees them: the
// file picker offers only those, and a file chosen or dropped anyway is turned away with a
// message. Uploads land in content/static/, which the site serves from its own address; the
// build refuses web pages, scripts and SVG pictures with scripts there too (allow_active_static).
"use strict";
(function () {
  var ALLOWED = /\.(png|jpe?g|gif|webp|avif|pdf)$/i;
  var ACCEPT = ".png,.jpg,.jpeg,.gif,.webp,.avif,.pdf,image/png,image/jpeg,image/gif,image/webp," +
    "image/avif,application/pdf";

  function refuse(event) {
    var files = (event.dataTransfer && event.dataTransfer.files) ||
      (event.target && event.target.files);
    if (!files || !files.length) return;
    var refused = Array.prototype.filter.call(files, function (f) { return !ALLOWED.test(f.name); });
    if (!refused.length) return;
    // Capturing on window runs before Decap's own handlers, which never see the event.
    event.stopImmediatePropagation();
    event.preventDefault();
    if (event.type === "change") event.target.value = "";
    window.alert("Only pictures (PNG, JPEG, GIF, WebP, AVIF) and PDF files can be added here, so " +
      refused.map(function (f) { return f.name; }).join(", ") + " was not added. " +
      "A web page, a script or an SVG picture could run on the site and act for anyone signed " +
      "in to the editor: if it must be on the site, ask the person who looks after its files.");
  }
  window.addEventListener("change", refuse, true);
  window.addEventListener("drop", refuse, true);

  function narrow(root) {
    var inputs = root.querySelectorAll ? root.querySelectorAll("input[type=file]") : [];
    for (var i = 0; i < inputs.length; i++)
      if (inputs[i].getAttribute("accept") !== ACCEPT) inputs[i].setAttribute("accept", ACCEPT);
  }
  new MutationObserver(function () { narrow(document); })
    .observe(document.documentElement, { childList: true, subtree: true, attributes: true,
      attributeFilter: ["accept"] });
})();
