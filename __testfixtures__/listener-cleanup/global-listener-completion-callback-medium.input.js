// A listener set up in an error-first completion callback: State.load calls onState once, with
// the loaded state, and readConfig's callback once with the file. Nothing here runs them again
// (handing a callback to a call is no proof that it is called twice). Medium.
const State = require('./state');
const fs = require('fs');

function onState(err, state) {
  if (err) return console.error(err);
  window.addEventListener('error', (e) => state.errors.push(e.message), true);
}

State.load(onState);

fs.readFile('config.json', 'utf8', (err, text) => {
  if (err) {
    console.error(err);
    return;
  }
  document.addEventListener('wheel', (event) => console.info(text.length, event.deltaY));
});
