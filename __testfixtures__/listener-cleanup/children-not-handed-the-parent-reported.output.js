// Objects that do not hold the parent: made without `this`, a field that is also set from
// outside, or handed `this` by other code than the class that listens.
import { EventEmitter } from 'node:events';
import { Page } from './page.js';
import { Realm } from './realm.js';

export class BrowserContext extends EventEmitter {
  createPage(tab) {
    const page = Page.from(tab);
    page.emitter.on('popup', (popup) => this.emit('popup', popup));
    return page;
  }

  createRealm() {
    this.realm = Realm.create(this);
    this.realm.on('worker', (realm) => this.emit('worker', realm));
  }

  adoptRealm(realm) {
    this.realm = realm;
  }
}

const shared = Realm.create(globalThis);

export function watch(context) {
  shared.on('worker', (realm) => context.emit('worker', realm));
}
