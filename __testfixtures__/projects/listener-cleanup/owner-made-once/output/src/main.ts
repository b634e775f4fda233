import { AppWindow } from './app-window';
import { Panel } from './panel';
import { StatusBar } from './status-bar';
import { settingsBar } from './settings';
import { SyncRequest } from './sync-request';

function createWindow() {
  const window = new AppWindow();
  window.show();
}

document.addEventListener('DOMContentLoaded', () => {
  createWindow();
});

document.querySelector('#open')?.addEventListener('click', () => {
  const panel = new Panel();
  panel.update(null);
});

const bar = new StatusBar();
console.log(bar, settingsBar);

const sync = new SyncRequest();
sync.cleanup();
