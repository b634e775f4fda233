const _cache = new WeakMap();
const _map = new Map();

// Near the WeakMap-record shape, but not it: the handler holds the observer (this), a Map keeps
// its keys alive, and a listener added on every call accumulates.
export class Observer {
  withThis(geometry) {
    let data = _cache.get(geometry);
    if (data === undefined) {
      data = { version: 0 };
      geometry.addEventListener('dispose', () => this.forget(geometry));
      _cache.set(geometry, data);
    }
    return data;
  }

  strongMap(geometry) {
    let data = _map.get(geometry);
    if (data === undefined) {
      data = { version: 0 };
      geometry.addEventListener('dispose', () => { data.version++; });
      _map.set(geometry, data);
    }
    return data;
  }

  everyCall(geometry) {
    const data = _cache.get(geometry) ?? { version: 0 };
    geometry.addEventListener('dispose', () => { data.version++; });
    _cache.set(geometry, data);
    return data;
  }

  forget(geometry) {
    _cache.delete(geometry);
  }

  dispose() {}
}
