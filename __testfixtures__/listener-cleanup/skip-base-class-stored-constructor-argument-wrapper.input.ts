import { EventEmitter } from 'node:events';

class RealmView {
  readonly realm: EventEmitter;

  constructor(realm: EventEmitter) {
    this.realm = realm;
  }
}

// One view per realm, made only by its own factory: the listener goes with the realm it wraps.
export class FrameRealmView extends RealmView {
  static from(realm: EventEmitter): FrameRealmView {
    const view = new FrameRealmView(realm);
    view.initialize();
    return view;
  }

  declare readonly realm: EventEmitter;
  #ready = false;

  private constructor(realm: EventEmitter) {
    super(realm);
  }

  initialize(): void {
    this.realm.on('updated', () => {
      this.#ready = false;
    });
  }
}
