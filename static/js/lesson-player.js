/* The lesson page's side of its H5P activities.
 *
 * Each activity plays in its own frame with sandbox="allow-scripts" (an opaque origin), so its
 * scripts cannot use this page or the learner's session. The frame sends xAPI statements,
 * the player's state and its height here by postMessage; this page accepts a message only
 * from that activity's frame window, with the opaque origin and the random channel given to
 * that frame for this page view, and posts statements and state to the server (session and
 * CSRF token). The saved state goes back to the frame the same way. */
(function () {
  "use strict";
  const config = JSON.parse(document.getElementById("h5p-config").textContent);
  const messages = JSON.parse(document.getElementById("h5p-messages").textContent);
  const csrf = (document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/) || [])[1] ||
    (document.querySelector("input[name=csrfmiddlewaretoken]") || {}).value || "";
  const lessonStatus = document.getElementById("activity-status");
  // A hostile package could flood the server through its frame: cap what one page view sends.
  const MAX_STATEMENTS = 500;
  const MAX_STATE_LENGTH = 60000;
  const MIN_HEIGHT = 150;
  const MAX_HEIGHT = 8000;

  let finished = config.players.filter(function (p) { return p.done; }).length;
  const players = [];
  config.players.forEach(function (player) {
    const container = document.getElementById("h5p-" + player.id);
    const frame = container && container.querySelector("iframe[data-h5p-frame]");
    if (!frame) { return; }
    player.container = container;
    player.frame = frame;
    player.lastSaved = player.state || "";
    player.sent = 0;
    frame.style.width = "100%";
    frame.style.border = "0";
    frame.style.height = MIN_HEIGHT + "px";
    players.push(player);
  });

  function post(url, body, keepalive) {
    return fetch(url, {
      method: "POST",
      credentials: "same-origin",
      keepalive: !!keepalive,  // still sent when the page is being unloaded
      headers: { "Content-Type": "application/json", "X-CSRFToken": csrf },
      body: JSON.stringify(body),
    }).then(function (r) { return r.json().then(function (j) { return { ok: r.ok, body: j }; }); });
  }

  function say(id, text) {
    const el = document.getElementById("h5p-status-" + id);
    if (el) { el.textContent = text; }
  }

  function updateLesson(body) {
    if (!lessonStatus) { return; }
    lessonStatus.textContent = body.lesson_finished
      ? messages.lessonDone
      : messages.progress.replace("%(done)s", finished).replace("%(total)s", config.players.length);
  }

  function send(player, type, data) {
    // The frame's origin is opaque, so no target origin other than "*" reaches it; the
    // window itself is the one this page embedded.
    const message = Object.assign({ kadra: "h5p", channel: player.channel, type: type }, data || {});
    player.frame.contentWindow.postMessage(message, "*");
  }

  function sendStatement(player, statement) {
    if (player.sent >= MAX_STATEMENTS) { return; }
    player.sent += 1;
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
  }

  function saveState(player, state) {
    if (state === player.lastSaved || state === "RESET" || state.length > MAX_STATE_LENGTH) {
      return;
    }
    player.lastSaved = state;
    post(player.stateUrl, { state: state }, true).catch(function () {});
  }

  function playerFor(event) {
    return players.find(function (p) { return event.source === p.frame.contentWindow; });
  }

  window.addEventListener("message", function (event) {
    const player = playerFor(event);
    if (!player || event.origin !== config.frameOrigin) { return; }
    const message = event.data;
    if (!message || typeof message !== "object" || message.kadra !== "h5p" ||
        message.channel !== player.channel) { return; }
    switch (message.type) {
      case "ready":
        send(player, "start", { state: player.lastSaved });
        break;
      case "loaded":
        player.container.dataset.ready = "true";
        if (player.done) { say(player.id, messages.activityDone); }
        break;
      case "error":
        say(player.id, messages.loadError);
        break;
      case "xapi":
        if (message.statement && typeof message.statement === "object") {
          sendStatement(player, message.statement);
        }
        break;
      case "state":
        if (typeof message.state === "string") { saveState(player, message.state); }
        break;
      case "resize": {
        const height = Number(message.height);
        if (Number.isFinite(height)) {
          const clamped = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.round(height)));
          player.frame.style.height = clamped + "px";
        }
        break;
      }
      default:
        break;
    }
  });

  function saveStates() {
    players.forEach(function (player) { send(player, "collect"); });
  }

  // A frame that loaded before this script ran has already said "ready": ask again.
  players.forEach(function (player) { send(player, "ping"); });
  window.addEventListener("pagehide", saveStates);
  window.kadraH5P = { saveStates: saveStates };
})();
