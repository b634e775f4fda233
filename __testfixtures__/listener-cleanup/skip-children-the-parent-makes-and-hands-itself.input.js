// Each child is made by its parent and given the parent (`this`, or a method bound to it): the
// child already holds everything the handler holds, so the listener keeps nothing alive longer.
import { EventEmitter } from 'node:events';
import { Page } from './page.js';
import { Realm } from './realm.js';
import { Worker } from './worker.js';

export class BrowserContext extends EventEmitter {
  #pages = new Map();

  createPage(tab) {
    const page = Page.from(this, tab);
    this.#pages.set(tab, page);
    page.emitter.on('close', () => {
      this.#pages.delete(tab);
    });
    page.emitter.on('popup', (popup) => this.emit('popup', popup));
    return page;
  }

  startWorker(session) {
    const worker = new Worker(session, this.onException.bind(this));
    worker.on('console', (message) => this.emit('console', message));
  }

  createRealm() {
    this.realm = Realm.create(this);
    this.realm.on('worker', (realm) => this.emit('worker', realm));
  }

  onException(error) {
    this.emit('error', error);
  }
}
