import Backend from './Backend.js';

// `renderer` is not handed to the base: `this.renderer` may be another renderer.
export default class GLBackend extends Backend {
  init(renderer) {
    super.init();
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
