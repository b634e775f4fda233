const path = require('node:path');
const { BrowserWindow, ipcMain } = require('electron');

// The picker window is opened here: Electron emits 'closed' whenever it goes (the pick closes it,
// so do the person and the app's quit), and a window has no error event. Like a dialog's 'close',
// the wait lasts as long as the person keeps it open.
class SourcePicker {
  #picker = null;

  pick(sources) {
    return new Promise((resolve) => {
      this.#picker = new BrowserWindow({ width: 800, height: 600 });
      this.#picker.loadFile(path.join(__dirname, 'picker.html'));
      this.#picker.webContents.on('did-finish-load', () => {
        this.#picker.webContents.send('sources', sources);
      });
      const onSelected = (_event, source) => {
        resolve(source);
        this.#picker?.close();
      };
      ipcMain.once('source-selected', onSelected);
      this.#picker.on('closed', () => {
        ipcMain.removeListener('source-selected', onSelected);
        this.#picker = null;
        resolve(null);
      });
    });
  }
}

function showAbout() {
  return new Promise((resolve) => {
    const about = new BrowserWindow({ width: 400, height: 300 });
    about.loadFile(path.join(__dirname, 'about.html'));
    about.once('closed', () => resolve());
  });
}

module.exports = { SourcePicker, showAbout };
