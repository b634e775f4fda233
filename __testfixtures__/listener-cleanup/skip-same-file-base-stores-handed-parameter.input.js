// The base class, in this file, keeps what its constructor is handed as `this.host`: the
// subclass hands it its `target` and removes the listener from `this.host`, the same object.
class View {
  constructor(target) {
    this.host = target;
  }
}

export class ScrollView extends View {
  constructor(target) {
    super(target);
    this.onScroll = () => this.update();
    target.addEventListener('scroll', this.onScroll);
  }

  update() {}

  dispose() {
    this.host.removeEventListener('scroll', this.onScroll);
  }
}
