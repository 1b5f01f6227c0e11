/* Quiz page enhancements: autosave each answer as the learner goes, an accessible timer
 * (announced at 5 and 1 minutes), and one submission per click. Works without it too. */
(function () {
  "use strict";
  const csrf = (document.querySelector("input[name=csrfmiddlewaretoken]") || {}).value || "";

  function responseOf(fieldset) {
    const pos = fieldset.dataset.position;
    const type = fieldset.dataset.type;
    const name = "q" + pos;
    if (type === "single" || type === "truefalse") {
      const checked = fieldset.querySelector("input[name='" + name + "']:checked");
      return checked ? checked.value : null;
    }
    if (type === "multiple") {
      return Array.from(fieldset.querySelectorAll("input[name='" + name + "']:checked")).map(function (i) { return i.value; });
    }
    if (type === "short") {
      return fieldset.querySelector("input[name='" + name + "']").value;
    }
    if (type === "matching") {
      const out = {};
      fieldset.querySelectorAll("select").forEach(function (s) {
        out[s.name.slice(name.length + 1)] = s.value;
      });
      return out;
    }
    if (type === "ordering") {
      const ranks = [];
      const selects = fieldset.querySelectorAll("select");
      for (const s of selects) {
        if (!s.value) { return undefined; }  // incomplete: keep until every item has a place
        ranks.push([parseInt(s.value, 10), s.name.slice(name.length + 1)]);
      }
      const used = new Set(ranks.map(function (r) { return r[0]; }));
      if (used.size !== ranks.length) { return undefined; }
      ranks.sort(function (a, b) { return a[0] - b[0]; });
      return ranks.map(function (r) { return r[1]; });
    }
    return null;
  }

  const form = document.getElementById("quiz-form");
  if (form) {
    const url = form.dataset.answerUrl;
    const timers = {};
    const save = function (fieldset) {
      const response = responseOf(fieldset);
      if (response === undefined) { return; }
      const status = document.getElementById("q" + fieldset.dataset.position + "-status");
      fetch(url, {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json", "X-CSRFToken": csrf },
        body: JSON.stringify({ position: parseInt(fieldset.dataset.position, 10), response: response }),
      }).then(function (r) {
        return r.json().then(function (body) {
          if (status) { status.textContent = r.ok ? form.dataset.savedText || "✓" : body.error; }
          if (r.status === 409) { window.location.reload(); }
        });
      }).catch(function () {
        if (status) { status.textContent = form.dataset.offlineText || "!"; }
      });
    };
    form.addEventListener("change", function (e) {
      const fs = e.target.closest("fieldset.question");
      if (fs) { save(fs); }
    });
    form.addEventListener("input", function (e) {
      const fs = e.target.closest("fieldset.question");
      if (!fs || fs.dataset.type !== "short") { return; }
      clearTimeout(timers[fs.dataset.position]);
      timers[fs.dataset.position] = setTimeout(function () { save(fs); }, 800);
    });
  }

  document.querySelectorAll("form").forEach(function (f) {
    f.addEventListener("submit", function () {
      setTimeout(function () {
        f.querySelectorAll("button[type=submit]").forEach(function (b) { b.disabled = true; });
      }, 0);
    });
  });

  const timer = document.getElementById("quiz-timer");
  if (timer) {
    const value = document.getElementById("quiz-timer-value");
    const announce = document.getElementById("quiz-timer-announce");
    const end = Date.now() + parseInt(timer.dataset.secondsLeft, 10) * 1000;
    const said = {};
    const tick = function () {
      const left = Math.max(0, Math.round((end - Date.now()) / 1000));
      const m = Math.floor(left / 60);
      const s = left % 60;
      value.textContent = m + ":" + String(s).padStart(2, "0");
      if (left <= 300 && !said[5]) { said[5] = true; announce.textContent = timer.dataset.msg5; timer.classList.add("is-low"); }
      if (left <= 60 && !said[1]) { said[1] = true; announce.textContent = timer.dataset.msg1; }
      if (left === 0 && !said[0]) {
        said[0] = true;
        announce.textContent = timer.dataset.msg0;
        setTimeout(function () { window.location.href = timer.dataset.expiredUrl; }, 12000);
        return;
      }
      setTimeout(tick, 1000);
    };
    tick();
  }
})();
