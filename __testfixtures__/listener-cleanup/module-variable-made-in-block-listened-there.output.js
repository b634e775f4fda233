// A module variable filled with a new object in a block, and listened to in that same block after
// it: each run of the block listens on its own new window, so nothing piles up.
const { BrowserWindow } = require('electron');

let welcomeWin = null;
let aboutWin = null;

function createWelcomeWindow(isFirstRun) {
  if (isFirstRun) {
    welcomeWin = new BrowserWindow({ width: 800 });
    welcomeWin.loadURL('welcome.html');
    if (welcomeWin) {
      welcomeWin.on('closed', () => {
        welcomeWin = null;
      });
    }
  }
}

// The real leak next to it: the window is made only on the first call, but every call adds one
// more listener to it.
function showAbout() {
  if (!aboutWin) {
    aboutWin = new BrowserWindow({ width: 400 });
  }
  aboutWin.on('focus', () => {
    console.log('about focused');
  });
  aboutWin.show();
}

module.exports = { createWelcomeWindow, showAbout };
