// The panel's content is replaced before every call of bindEvent: each call listens on new children.
export const panel = {
  element: null,
  mount(root) {
    if (root.innerHTML === '') {
      panel.element = root;
      root.innerHTML = render();
      if (root.dataset.interactive) {
        panel.bindEvent();
      }
    }
  },
  bindEvent() {
    panel.element.firstElementChild.addEventListener('click', (event) => select(event.target));
    panel.element.querySelector('button').addEventListener('click', () => {
      request('/api/trust', () => {
        panel.element.innerHTML = render();
        panel.bindEvent();
      });
    });
  },
};

// The same function replaces the list's content first: a new first child at every call.
export const list = {
  element: document.getElementById('list'),
  show(items) {
    list.element.innerHTML = items.map(renderItem).join('');
    list.element.firstElementChild.addEventListener('click', () => open(items[0]));
  },
};
window.addEventListener('hashchange', () => list.show(load()));

// The real leak next to them: the resize handler binds again without replacing the toolbar's content.
export const toolbar = {
  element: document.getElementById('toolbar'),
  bind() {
    toolbar.element.firstElementChild.addEventListener('click', (event) => select(event.target));
  },
};
toolbar.element.innerHTML = render();
toolbar.bind();
window.addEventListener('resize', () => toolbar.bind());
