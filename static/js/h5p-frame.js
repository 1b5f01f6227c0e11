/* Runs inside an H5P activity's sandboxed frame (an opaque origin: no cookies, no access to
 * the lesson page). It starts h5p-standalone when the lesson page sends the saved state, and
 * passes xAPI statements, the player's state and the content's height up by postMessage.
 * The lesson page talks to the server; nothing here can, or needs to. */
(function () {
  "use strict";
  const config = JSON.parse(document.getElementById("h5p-frame-config").textContent);
  const channel = new URLSearchParams(window.location.hash.slice(1)).get("channel") || "";
  const root = document.getElementById("h5p-root");
  let started = false;

  // An opaque origin has no storage: reading window.localStorage throws, and H5P core reads
  // it while starting content (its offline queue, the clipboard). Give it storage that lives
  // and dies with this frame.
  function memoryStorage() {
    const items = new Map();
    return {
      get length() { return items.size; },
      key: function (i) { return Array.from(items.keys())[i] || null; },
      getItem: function (k) { return items.has(String(k)) ? items.get(String(k)) : null; },
      setItem: function (k, v) { items.set(String(k), String(v)); },
      removeItem: function (k) { items.delete(String(k)); },
      clear: function () { items.clear(); },
    };
  }
  ["localStorage", "sessionStorage"].forEach(function (name) {
    try {
      if (window[name]) { return; }
    } catch (err) {
      // Sandboxed: fall through to the in-memory stand-in.
    }
    Object.defineProperty(window, name, { value: memoryStorage(), configurable: true });
  });
  let lastState;
  let lastHeight = 0;

  function send(type, data) {
    const message = Object.assign({ kadra: "h5p", channel: channel, type: type }, data || {});
    window.parent.postMessage(message, config.parentOrigin);
  }

  function instance() {
    const instances = (window.H5P && window.H5P.instances) || [];
    return instances.find(function (i) { return String(i.contentId) === config.id; });
  }

  function sendState() {
    const player = instance();
    if (!player || typeof player.getCurrentState !== "function") { return; }
    let state;
    try { state = player.getCurrentState(); } catch (err) { return; }
    if (state === undefined) { return; }
    const text = JSON.stringify(state);
    if (text !== lastState) {
      lastState = text;
      send("state", { state: text });
    }
  }

  function sendHeight() {
    const height = Math.ceil(root.getBoundingClientRect().height) + 4;
    if (height !== lastHeight) {
      lastHeight = height;
      send("resize", { height: height });
    }
  }

  async function start(state) {
    document.body.style.margin = "0";
    const options = {
      id: config.id,
      h5pJsonPath: config.h5pJsonPath,
      frameJs: config.frameJs,
      frameCss: config.frameCss,
      // The content runs in this document: this frame is the isolation boundary.
      embedType: "div",
      frame: false,
      icon: false,
      saveFreq: 15,
      xAPIObjectIRI: config.xAPIObjectIRI,
    };
    if (state) {
      // H5P core reads contentUserData[subContentId][dataType]: the saved state of the
      // main content is contentUserData[0].state (a JSON string).
      options.contentUserData = [{ state: state }];
      lastState = state;
    }
    try {
      await new H5PStandalone.H5P(root, options);
    } catch (err) {
      window.console.error(err);
      send("error");
      return;
    }
    window.H5P.externalDispatcher.on("xAPI", function (event) {
      let statement;
      try { statement = JSON.parse(JSON.stringify(event.data.statement)); } catch (err) { return; }
      send("xapi", { statement: statement });
      // Save the state as soon as the learner interacts.
      setTimeout(sendState, 0);
    });
    setInterval(sendState, 5000);
    document.addEventListener("visibilitychange", sendState);
    if (typeof ResizeObserver === "function") {
      new ResizeObserver(sendHeight).observe(root);
    }
    sendHeight();
    send("loaded");
  }

  window.addEventListener("message", function (event) {
    if (event.source !== window.parent || event.origin !== config.parentOrigin) { return; }
    const message = event.data;
    if (!message || message.kadra !== "h5p" || message.channel !== channel) { return; }
    if (message.type === "ping") {
      send("ready");
    } else if (message.type === "start" && !started) {
      started = true;
      start(typeof message.state === "string" ? message.state : "");
    } else if (message.type === "collect") {
      sendState();
    }
  });
  send("ready");
})();
