// connect() stores the document it is given in a field and listens to it; disconnect() removes
// the listener through that field: the same document, the same handler.
export class Clock {
  connect(document) {
    this._document = document;
    this._onVisibility = () => this.reset();
    document.addEventListener('visibilitychange', this._onVisibility, false);
  }

  disconnect() {
    this._document.removeEventListener('visibilitychange', this._onVisibility);
    this._document = null;
  }

  dispose() {
    this.disconnect();
  }

  reset() {}
}
