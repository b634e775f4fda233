// Negative: its caller runs it in a loop, so each round adds one more listener
const { ipcMain } = require('electron');

function listenForJob(name) {
  const handler = () => console.log(name);
  ipcMain.on(`job:${name}`, handler);
  return () => {
    ipcMain.off(`job:${name}`, handler);
  };
}

exports.listenForJob = listenForJob;
