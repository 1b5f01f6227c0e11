/* Wagtail draws each StreamField block as a panel whose heading names the block, but the
 * single input of a list item or a rich-text block is not tied to that heading, so screen
 * readers announce an unnamed field (axe: "label", "aria-input-field-name"). Name every such
 * field after the heading of the panel it sits in, now and for blocks added later. */
(function () {
  "use strict";
  const FIELDS = "input:not([type=hidden]), textarea, select, [role=textbox][contenteditable=true]";

  function hasName(el) {
    if (el.getAttribute("aria-label") || el.getAttribute("aria-labelledby")) { return true; }
    if (el.id && document.querySelector('label[for="' + CSS.escape(el.id) + '"]')) { return true; }
    return Boolean(el.closest("label"));
  }

  function label(root) {
    root.querySelectorAll(FIELDS).forEach(function (el) {
      if (hasName(el)) { return; }
      const panel = el.closest("[data-panel]");
      const heading = panel && panel.querySelector("[data-panel-heading]");
      if (heading && heading.id) {
        el.setAttribute("aria-labelledby", heading.id);
      }
    });
  }

  function start() {
    label(document);
    new MutationObserver(function (changes) {
      changes.forEach(function (change) {
        change.addedNodes.forEach(function (node) {
          if (node.nodeType === 1) { label(node.parentElement || node); }
        });
      });
    }).observe(document.body, { childList: true, subtree: true });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
