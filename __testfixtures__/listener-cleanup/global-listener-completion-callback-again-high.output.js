// The same callbacks where they are called again: onState handed to every store's load in a
// loop, a watcher's error-first callback (webpack's watch calls it at every build), and a
// callback that does not test an error first (any callback). High.
const State = require('./state');
const compiler = require('./compiler');

function onState(err, state) {
  if (err) return console.error(err);
  window.addEventListener('error', (e) => state.errors.push(e.message), true);
}

for (const store of State.stores) store.load(onState);

compiler.watch({}, (err, stats) => {
  if (err) return;
  window.addEventListener('focus', () => console.info(stats.hash));
});

State.onChange((state, previous) => {
  document.addEventListener('wheel', (event) => console.info(state, previous, event.deltaY));
});
