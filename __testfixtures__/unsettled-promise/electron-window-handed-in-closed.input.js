const { BrowserWindow } = require('electron');

// A window opened here: 'closed' comes whenever it goes; no finding.
function openHelp(url) {
  return new Promise((resolve) => {
    const help = new BrowserWindow({ width: 600, height: 400 });
    help.loadURL(url);
    help.on('closed', () => resolve());
  });
}

// A window handed in may be one that is hidden and never closed: still a finding.
function whenClosed(win) {
  return new Promise((resolve) => {
    win.on('closed', () => resolve());
  });
}

module.exports = { openHelp, whenClosed };
