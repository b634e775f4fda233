const _cache = new WeakMap();
const _map = new Map();

// An observer's record per object, kept in a WeakMap keyed by that object, with one listener
// added when the record is made: the WeakMap keeps the record as long as the key lives, and the
// listener holds only the record, so it keeps nothing the key does not. The class has a disposal
// method, so only this shape makes these no findings.
export class Observer {
  getData(texture) {
    let data = _cache.get(texture);
    if (data === undefined) {
      data = { version: 0 };
      const onDispose = () => {
        data.version++;
      };
      if (texture.renderTarget !== null) {
        texture.renderTarget.addEventListener('dispose', onDispose);
      } else {
        texture.addEventListener('dispose', onDispose);
      }
      _cache.set(texture, data);
    }
    return data;
  }

  getGeometry(geometry) {
    let data = _cache.get(geometry);
    if (data === undefined) {
      data = { version: 0 };
      geometry.addEventListener('dispose', () => {
        data.version++;
      });
      _cache.set(geometry, data);
    }
    return data;
  }

  dispose() {}
}
