// The constructor stores its parameter as this.light: the removal through this.light in
// dispose() removes the listener the constructor added on light.
export class ShadowNode {
  constructor(light) {
    this.light = light;
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
