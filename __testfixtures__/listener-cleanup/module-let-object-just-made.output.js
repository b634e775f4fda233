// Each call makes a new panel and listens on it (and on a part of it): the listeners sit on an
// object that did not exist before the call, so calls cannot pile them up; they go with the panel.
import { EventEmitter } from 'node:events';

let panel;
let sharedBus;

function openPanel(title) {
  panel = new EventEmitter();
  panel.title = title;
  panel.on('shown', () => {
    console.log('shown', title);
  });
  panel.on('closed', function () {
    panel = null;
  });
}

// Filled only when empty: a second call listens on the same bus again, and the listeners pile up.
function watchBus() {
  if (!sharedBus) sharedBus = new EventEmitter();
  sharedBus.on('message', (text) => console.log(text));
}

process.on('SIGUSR1', () => openPanel('again'));
process.on('SIGUSR2', () => watchBus());
