// QR check-in screen: fetch a fresh code shortly before the current one expires and
// replace the QR image. Progressive enhancement: without JavaScript the page shows the
// code it was loaded with (reload to refresh).
(function () {
  "use strict";
  var box = document.getElementById("qr-check-in");
  if (!box || box.dataset.open !== "1") {
    return;
  }
  var url = box.dataset.jsonUrl;
  var image = document.getElementById("qr-image");
  var status = document.getElementById("qr-status");
  var link = document.getElementById("qr-link");
  var parser = new DOMParser();

  function show(data) {
    if (!data.open) {
      image.replaceChildren();
      status.textContent = data.message;
      return;
    }
    var svg = parser.parseFromString(data.svg, "image/svg+xml").documentElement;
    image.replaceChildren(document.importNode(svg, true));
    if (link) {
      link.href = data.url;
    }
    box.dataset.checkedIn = String(data.checked_in);
    schedule(data.seconds_left);
  }

  function refresh() {
    fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(String(response.status));
        }
        return response.json();
      })
      .then(show)
      .catch(function () {
        schedule(5);
      });
  }

  function schedule(seconds) {
    window.setTimeout(refresh, Math.max(1, seconds) * 1000 + 200);
  }

  schedule(Number(box.dataset.secondsLeft || 30));
})();
