// The base class, in this file, keeps the renderer its `init` is handed as `this.gl`, not as
// `this.renderer`: the removal in `dispose()` is on another object as far as the file shows.
class Backend {
  init(renderer) {
    this.gl = renderer;
  }
}

export class GLBackend extends Backend {
  init(renderer) {
    super.init(renderer);
    function onContextLost(event) {
      event.preventDefault();
    }
    this._onContextLost = onContextLost;
    renderer.domElement.addEventListener('webglcontextlost', onContextLost, false);
  }

  dispose() {
    this.renderer.domElement.removeEventListener('webglcontextlost', this._onContextLost);
  }
}
