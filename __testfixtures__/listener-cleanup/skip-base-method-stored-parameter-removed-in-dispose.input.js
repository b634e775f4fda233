import Backend from './Backend.js';

// `super.init(renderer)` keeps `renderer` as `this.renderer`, which nothing here assigns.
export default class GLBackend extends Backend {
  init(renderer) {
    super.init(renderer);
    function onContextLost(event) {
      event.preventDefault();
      renderer.onDeviceLost(event);
    }
    this._onContextLost = onContextLost;
    renderer.domElement.addEventListener('webglcontextlost', onContextLost, false);
  }

  dispose() {
    this.renderer.domElement.removeEventListener('webglcontextlost', this._onContextLost);
  }
}
