import { onReady } from './onready';
import { BackendRemote } from './backend';
import { store } from './store';

// Medium: the callback of a plain function named as a ready hook, called at module level: it says
// it calls back once, when the app is ready, so the listener lives as long as the page by intent.
onReady(() => {
  BackendRemote.on('LocationChanged', (accountId: number) => {
    console.log('locations of', accountId);
  });
});

// High: a store's subscriber runs on every change, adding one more listener each time.
store.subscribe(() => {
  BackendRemote.on('MsgsChanged', (accountId: number) => {
    console.log('messages of', accountId);
  });
});
