// "Copy link" buttons on My certificates: shown only where the clipboard can be written.
(function () {
  "use strict";
  if (!navigator.clipboard) {
    return;
  }
  document.querySelectorAll(".js-copy").forEach(function (button) {
    var input = document.getElementById(button.dataset.copyTarget);
    var status = button.parentElement.querySelector(".js-copy-status");
    if (!input) {
      return;
    }
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(input.value).then(function () {
        if (status) {
          status.textContent = status.dataset.copied;
        }
      });
    });
  });
})();
