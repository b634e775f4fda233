// Run once by its one caller, which loads it with require(): process lifetime by intent
const { ipcMain } = require('electron');

function initialize(win) {
  ipcMain.on('check-for-updates', () => win.webContents.send('checking'));
}

module.exports = { initialize };
