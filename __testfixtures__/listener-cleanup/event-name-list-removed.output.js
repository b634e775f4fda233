import Widget from './widget';

// The removal names the same list of events (in another order) with the same handler:
// the emitter reads the names, so it undoes the registration.
export class PlaylistBadge extends Widget {
  constructor(store, options) {
    super(store, options);
    const onUpdate = () => this.render();
    store.on(['itemadded', 'itemremoved'], onUpdate);
    this.on('dispose', () => {
      store.off(['itemremoved', 'itemadded'], onUpdate);
    });
  }

  render() {}

  dispose() {
    this.badge = null;
    super.dispose();
  }
}

// The real leak next to it: the removal names only one of the two events.
export class QueueBadge extends Widget {
  constructor(store, options) {
    super(store, options);
    const onUpdate = () => this.render();
    store.on(['itemadded', 'itemremoved'], onUpdate);
    this.on('dispose', () => {
      store.off(['itemadded'], onUpdate);
    });
  }

  render() {}

  dispose() {
    this.badge = null;
    super.dispose();
  }
}
