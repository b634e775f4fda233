// apiOn wraps the caller's handler once, keeps the wrapper in a WeakMap under that handler, and
// adds the wrapper (to a desktop bridge or to the page's event source); apiOff removes the
// wrapper it reads back with the same key from the same target: the callers pair them (low).
const proxies = new WeakMap();
const bridge = window.desktopBridge ?? null;
let source = null;

function connect() {
  if (!source) source = new EventSource('/events');
}

export function apiOn(event, handler) {
  if (bridge) {
    bridge.subscribe(event, handler);
  } else {
    connect();
    if (!proxies.has(handler)) {
      proxies.set(handler, (e) => handler(JSON.parse(e.data)));
    }
    source.addEventListener(event, proxies.get(handler));
  }
}

export function apiOff(event, handler) {
  if (bridge) {
    bridge.unsubscribe(event, handler);
  } else if (proxies.has(handler)) {
    source.removeEventListener(event, proxies.get(handler));
  }
}

// The real leak next to it: channelOn adds the kept wrapper, but channelOff removes the
// caller's raw handler, which was never added: nothing is removed (high).
const wrappers = new Map();

export function channelOn(event, handler) {
  if (bridge) {
    bridge.subscribe(event, handler);
  } else {
    connect();
    if (!wrappers.has(handler)) wrappers.set(handler, (e) => handler(e.data));
    source.addEventListener(event, wrappers.get(handler));
  }
}

export function channelOff(event, handler) {
  if (bridge) {
    bridge.unsubscribe(event, handler);
  } else {
    source.removeEventListener(event, handler);
  }
}
