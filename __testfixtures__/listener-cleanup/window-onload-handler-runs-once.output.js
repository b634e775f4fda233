// The page's load handler assigned to window.onload runs once per page: what it registers
// directly is the page's own, set up once.
const { ipcRenderer } = require('electron');

window.onload = (event) => {
  ipcRenderer.on('renderSettings', (e, settings) => {
    document.title = settings.title;
  });
};

// The real leak next to it: every click adds one more listener that is never removed.
document.querySelector('#refresh').onclick = () => {
  ipcRenderer.on('refreshed', () => {
    document.body.classList.add('fresh');
  });
};
