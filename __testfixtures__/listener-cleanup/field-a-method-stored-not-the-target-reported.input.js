// Near it, but not the same object: the field is stored only in a branch, or from another
// parameter, so the removal through it may miss the document listened to.
export class Clock {
  connect(document, fallback) {
    if (document.hidden !== undefined) this._document = document;
    this._onVisibility = () => this.reset();
    document.addEventListener('visibilitychange', this._onVisibility, false);
  }

  attach(document, fallback) {
    this._other = fallback;
    document.addEventListener('visibilitychange', this._onVisibility, false);
  }

  disconnect() {
    this._document.removeEventListener('visibilitychange', this._onVisibility);
    this._other.removeEventListener('visibilitychange', this._onVisibility);
  }

  dispose() {
    this.disconnect();
  }

  reset() {}
}
