import type { PersistStorage } from 'zustand/middleware';
import { eventManager, EVENTS } from './events';

export class EditorStore {
  storage?: PersistStorage<EditorStore>;
  save = () => waitForSync().then(() => 'saved');
  open = () => waitForSync().then(() => waitForLogin());
  close = () => waitForLogin().then(() => 'closed');
}

// `true` is the manager's `once` (events.ts): the handler goes when the sync completes.
function waitForSync() {
  return new Promise((resolve) => {
    eventManager.subscribe(EVENTS.syncCompleted, resolve, true);
  });
}

// The real leak next to it: `false` keeps the handler after the event, one more at every wait.
function waitForLogin() {
  return new Promise((resolve) => {
    eventManager.subscribe(EVENTS.userLoggedIn, resolve, false);
  });
}
