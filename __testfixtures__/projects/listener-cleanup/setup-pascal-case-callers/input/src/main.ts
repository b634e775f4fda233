import { app } from 'electron';
import { BootDesktop } from './main/boot';
import { OpenMainWindow } from './main/main-window';

app.on('ready', () => {
  BootDesktop();
});
app.on('activate', () => {
  OpenMainWindow();
});
