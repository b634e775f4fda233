import { AppState } from 'react-native';

// The app becomes active when the person switches to it: no failure event (report-only, medium).
export function waitForForeground(): Promise<void> {
  if (AppState.currentState === 'active') return Promise.resolve();
  return new Promise((resolve) => {
    const subscription = AppState.addEventListener('change', (state) => {
      if (state === 'active') {
        subscription.remove();
        resolve();
      }
    });
  });
}

// The real leak next to it: a 'change' of a store that fails to sync never comes (high).
export function whenSynced(store: EventTarget & { synced: boolean }): Promise<void> {
  return new Promise((resolve) => {
    store.addEventListener('change', () => {
      if (store.synced) resolve();
    });
  });
}
