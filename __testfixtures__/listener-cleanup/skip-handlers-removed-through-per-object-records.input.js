// Each texture, session and XR session gets its handler kept in a per-object record (a data
// object, a map entry, a bound field), and another method removes it through that record.
export class TextureCache {
  constructor() {
    this.data = new WeakMap();
  }

  get(texture) {
    let record = this.data.get(texture);
    if (record === undefined) this.data.set(texture, (record = {}));
    return record;
  }

  track(texture) {
    const textureData = this.get(texture);
    textureData.onDispose = () => {
      this.destroy(texture);
    };
    texture.addEventListener('dispose', textureData.onDispose);
  }

  destroy(texture) {
    const textureData = this.get(texture);
    texture.removeEventListener('dispose', textureData.onDispose);
    this.data.delete(texture);
  }
}

export class SessionRouter {
  #attachedListeners = new Map();

  attach(session) {
    const listener = (event) => {
      this.route(session, event);
    };
    this.#attachedListeners.set(session, listener);
    session.on('attached', listener);
  }

  detach(session) {
    const listener = this.#attachedListeners.get(session);
    if (listener) {
      session.off('attached', listener);
      this.#attachedListeners.delete(session);
    }
  }

  route(session, event) {
    console.log(session, event);
  }
}

export class XRSessionManager {
  constructor() {
    this._session = null;
    this._onSessionEnd = onSessionEnd.bind(this);
  }

  start(session) {
    this._session = session;
    session.addEventListener('end', this._onSessionEnd);
  }
}

function onSessionEnd() {
  const session = this._session;
  session.removeEventListener('end', this._onSessionEnd);
  this._session = null;
}
