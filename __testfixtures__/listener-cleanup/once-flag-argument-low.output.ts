// The event manager's third parameter is `once`: a `true` there ends the handler when the event fires.
import { PersistStorage } from 'zustand/middleware';
import { db } from './db';
import { EVENTS } from './events';

type Handler = (...args: unknown[]) => void;

export class EventManager {
  private handlers = new Map<string, { handler: Handler; once: boolean }[]>();

  subscribe(name: string, handler: Handler, once = false) {
    const list = this.handlers.get(name) ?? [];
    list.push({ handler, once });
    this.handlers.set(name, list);
    return { unsubscribe: () => this.unsubscribe(name, handler) };
  }

  unsubscribe(name: string, handler: Handler) {
    this.handlers.set(name, (this.handlers.get(name) ?? []).filter((entry) => entry.handler !== handler));
  }
}

export class EditorStore {
  storage?: PersistStorage<EditorStore>;
  save = () => {
    void waitForSync().then(() => 'saved');
  };
  open = () => {
    void waitForSync().then(() => 'opened');
    void waitForLogin().then(() => 'opened');
  };
  close = () => {
    void waitForLogin().then(() => 'closed');
  };
}

async function waitForSync() {
  return new Promise((resolve) => {
    db.eventManager.subscribe(EVENTS.syncCompleted, resolve, true);
  });
}

// The real leak next to it: `false` keeps the handler after the event: one more at every wait.
async function waitForLogin() {
  return new Promise((resolve) => {
    db.eventManager.subscribe(EVENTS.userLoggedIn, resolve, false);
  });
}
