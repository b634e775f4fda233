// The same gate, but `close()` drops the panel (`this.sheet = null`) and the object made with it
// (`drawer = undefined`): the next `open()` passes the gate again and adds one more window
// listener each time (high; review of round 29: the first version took these gates for once).
const SettingsSheet = {
  sheet: null,
  open() {
    if (this.sheet != null) return;
    this.sheet = document.createElement('section');
    document.body.appendChild(this.sheet);
    window.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.close();
    });
  },
  close() {
    this.sheet.remove();
    this.sheet = null;
  },
};

let drawer;
function openDrawer() {
  if (drawer != null) return;
  drawer = document.createElement('aside');
  document.body.appendChild(drawer);
  window.addEventListener('resize', () => {
    drawer.style.height = `${innerHeight}px`;
  });
}
function closeDrawer() {
  drawer.remove();
  drawer = undefined;
}

// A mixin: `Sortable.initSort.call(this)` runs the method on each new List, not on Sortable,
// so its `this.sortState` gate is one per list and each list adds a window listener (medium).
const Sortable = {
  initSort() {
    if (this.sortState != null) return;
    this.sortState = { key: null };
    window.addEventListener('mouseup', () => {
      this.sortState.key = null;
    });
  },
};
function List(element) {
  this.element = element;
  Sortable.initSort.call(this);
}

document.addEventListener('click', (event) => {
  if (event.target.matches('.settings')) SettingsSheet.open();
  if (event.target.matches('.drawer')) openDrawer();
  if (event.target.matches('.drawer-close')) closeDrawer();
  if (event.target.matches('.add-list')) new List(document.createElement('ul'));
});
globalThis.SettingsSheet = SettingsSheet;
export {};
