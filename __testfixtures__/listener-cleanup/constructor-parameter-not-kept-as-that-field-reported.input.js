// The field the removal reads is not (surely) the parameter the listener was added on: stored
// only in a branch, or another object stored under that name.
export class ShadowNode {
  constructor(light, fallback) {
    if (light.castShadow) this.light = light;
    this._onLightDispose = () => {
      this.disposeShadow();
    };
    light.addEventListener('dispose', this._onLightDispose);
  }

  dispose() {
    this.light.removeEventListener('dispose', this._onLightDispose);
  }

  disposeShadow() {}
}

export class FallbackNode {
  constructor(light, fallback) {
    this.light = fallback;
    this._onLightDispose = () => {};
    light.addEventListener('dispose', this._onLightDispose);
  }

  dispose() {
    this.light.removeEventListener('dispose', this._onLightDispose);
  }
}
