/* Plays the H5P activities of a lesson one at a time and reports to the server.
 * xAPI statements go to the lesson's endpoint; the player's state is saved and restored. */
(function () {
  "use strict";
  const config = JSON.parse(document.getElementById("h5p-config").textContent);
  const csrf = (document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/) || [])[1] ||
    (document.querySelector("input[name=csrfmiddlewaretoken]") || {}).value || "";
  const lessonStatus = document.getElementById("activity-status");

  function post(url, body) {
    return fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRFToken": csrf },
      body: JSON.stringify(body),
    }).then(function (r) { return r.json().then(function (j) { return { ok: r.ok, body: j }; }); });
  }

  function say(id, text) {
    const el = document.getElementById("h5p-status-" + id);
    if (el) { el.textContent = text; }
  }

  const messages = JSON.parse(document.getElementById("h5p-messages").textContent);
  let finished = config.players.filter(function (p) { return p.done; }).length;

  function updateLesson(body) {
    if (!lessonStatus) { return; }
    lessonStatus.textContent = body.lesson_finished
      ? messages.lessonDone
      : messages.progress.replace("%(done)s", finished).replace("%(total)s", config.players.length);
  }

  async function start() {
    for (const player of config.players) {
      const el = document.getElementById("h5p-" + player.id);
      if (!el) { continue; }
      el.innerHTML = "";
      const options = {
        id: player.id,
        h5pJsonPath: player.h5pJsonPath,
        frameJs: config.frameJs,
        frameCss: config.frameCss,
        frame: false,
        icon: false,
        saveFreq: 15,
        xAPIObjectIRI: window.location.origin + window.location.pathname + "#" + player.id,
      };
      if (player.state) {
        // H5P core reads contentUserData[subContentId][dataType]: the saved state of the
        // main content is contentUserData[0].state (a JSON string).
        options.contentUserData = [{ state: player.state }];
        player.lastSaved = player.state;
      }
      try {
        await new H5PStandalone.H5P(el, options);
      } catch (err) {
        say(player.id, messages.loadError);
        continue;
      }
      // Frames need an accessible name (WCAG 4.1.2); h5p-standalone gives its iframe none.
      const frame = el.querySelector("iframe");
      const section = el.closest("[aria-label]");
      if (frame && !frame.title) {
        frame.title = (section && section.getAttribute("aria-label")) || player.title;
      }
      if (player.done) { say(player.id, messages.activityDone); }
      el.dataset.ready = "true";
    }
    window.H5P.externalDispatcher.on("xAPI", function (event) {
      const statement = event.data.statement;
      const object = statement.object || {};
      const ext = (object.definition && object.definition.extensions) || {};
      const localId = String(ext["http://h5p.org/x-api/h5p-local-content-id"] || "");
      const iri = object.id || "";
      const player = config.players.find(function (p) {
        return localId === p.id || iri.indexOf("#" + p.id) !== -1;
      });
      if (!player) { return; }
      // Save the state as soon as the learner interacts: the save on pagehide reaches the
      // server only after a reloaded page has already been rendered.
      setTimeout(function () { saveState(player); }, 0);
      const url = player.xapiUrl + (config.revision ? "?revision=" + config.revision : "");
      post(url, statement).then(function (res) {
        if (res.ok && res.body.activity_finished && !player.done) {
          player.done = true;
          finished += 1;
          say(player.id, messages.activityDone);
        }
        if (res.ok) { updateLesson(res.body); }
        else { say(player.id, res.body.error || messages.saveError); }
      }).catch(function () { say(player.id, messages.saveError); });
    });
    setInterval(saveStates, 15000);
    window.addEventListener("pagehide", saveStates);
  }

  function currentState(player) {
    // Ask the H5P instance itself (it lives in the activity's same-origin iframe, or in this
    // window for div embeds); H5P copies it to contentUserData only every saveFreq seconds.
    const el = document.getElementById("h5p-" + player.id);
    const frame = el && el.querySelector("iframe");
    const hosts = [frame && frame.contentWindow, window];
    for (const host of hosts) {
      const instances = (host && host.H5P && host.H5P.instances) || [];
      const instance = instances.find(function (i) { return String(i.contentId) === player.id; });
      if (instance && typeof instance.getCurrentState === "function") {
        const state = instance.getCurrentState();
        if (state !== undefined) { return JSON.stringify(state); }
      }
    }
    const contents = (window.H5PIntegration && window.H5PIntegration.contents) || {};
    const content = contents["cid-" + player.id];
    const data = content && content.contentUserData && content.contentUserData[0];
    return data && data.state;
  }

  function saveState(player) {
    let state;
    try { state = currentState(player); } catch (err) { return; }
    if (typeof state === "string" && state !== player.lastSaved && state !== "RESET") {
      player.lastSaved = state;
      fetch(player.stateUrl, {
        method: "POST",
        credentials: "same-origin",
        keepalive: true,  // still sent when the page is being unloaded
        headers: { "Content-Type": "application/json", "X-CSRFToken": csrf },
        body: JSON.stringify({ state: state }),
      }).catch(function () {});
    }
  }

  function saveStates() {
    config.players.forEach(saveState);
  }

  window.kadraH5P = { saveStates: saveStates, ready: start() };
})();
