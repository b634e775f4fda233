import { setupShortcuts } from './shortcuts';
import { startApp } from './app';
import { setupMenus } from './menus';
import { showHelp } from './help';
import { setupLogging } from './logging';
import './worker-setup';
import { initialize } from './config';
import { listenForJobs } from './jobs';
import { boot } from './settings';
import { nextReply } from './replies';

setupShortcuts();
startApp();
setupLogging();
document.addEventListener('DOMContentLoaded', setupMenus);
document.querySelector('#help')?.addEventListener('click', () => showHelp());
initialize();
for (const queue of ['mail', 'thumbnails']) {
  console.log('queue', queue);
  listenForJobs();
}
void boot();
for (const item of ['a', 'b']) {
  console.log('item', item);
  void nextReply();
}
