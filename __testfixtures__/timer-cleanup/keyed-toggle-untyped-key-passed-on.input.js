// In untyped JavaScript every first parameter is "required": `open(el)` / `close(el)` that only
// hand the element on to methods of the instance (`this.render(el)`, `this.log(…, el)`) open and
// close the panel itself, and close() is where open's timer ends. A store whose open and close
// both pick the item by the key (`this.items.set(id, …)`, `this.items.delete(id)`) opens one of
// many: close(b) is no place to cancel open(a)'s timer.
export class Panel {
  constructor(el) {
    this.el = el;
  }

  open(el) {
    this.render(el);
    setTimeout(() => this.el.focus(), 50);
  }

  close(el) {
    this.log('closed', el);
  }

  render(el) {
    this.el = el;
  }

  log(message, el) {
    console.debug(message, el);
  }
}

export class Toasts {
  constructor(el) {
    this.el = el;
    this.items = new Map();
  }

  open(id, text) {
    this.items.set(id, text);
    setTimeout(() => this.el.focus(), 50);
  }

  close(id) {
    this.items.delete(id);
  }
}
