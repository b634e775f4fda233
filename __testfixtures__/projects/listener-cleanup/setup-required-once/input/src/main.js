const { app, BrowserWindow } = require('electron');
const updater = require('./updater');
const { listenForJob } = require('./jobs');

app.on('ready', () => {
  const win = new BrowserWindow();
  updater.initialize(win);
  for (const name of ['a', 'b']) listenForJob(name);
});
