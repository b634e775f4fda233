// Negative: its caller runs it in a loop, so each round adds one more listener
const { ipcMain } = require('electron');

function listenForJob(name) {
  ipcMain.on(`job:${name}`, () => console.log(name));
}

exports.listenForJob = listenForJob;
