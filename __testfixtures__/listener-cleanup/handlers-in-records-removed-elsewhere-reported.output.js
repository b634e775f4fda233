// The record's handler is removed by another class, under another name, or for another
// event: none of these releases the listener this class added.
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
    textureData.onDispose = () => this.forget(texture);
    texture.addEventListener('dispose', textureData.onDispose);
    textureData.onUpdate = () => this.forget(texture);
    texture.addEventListener('update', textureData.onUpdate);
  }

  forget(texture) {
    const textureData = this.get(texture);
    texture.removeEventListener('dispose', textureData.onUpdate);
    texture.removeEventListener('change', textureData.onUpdate);
    this.data.delete(texture);
  }

  dispose() {
    this.data = new WeakMap();
  }
}

export class OtherCache {
  forget(texture, textureData) {
    texture.removeEventListener('dispose', textureData.onDispose);
  }
}
