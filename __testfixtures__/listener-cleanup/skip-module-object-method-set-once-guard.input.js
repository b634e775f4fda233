// No finding: `init()` returns once `this.panel` holds the panel it looks up, and `this` is the one
// object the module-level `const HelpPanel` holds (the file only calls its members, binds them to
// it and puts it on the global object), so the document listener is added once per page (before: high; the message
// handler calls init() at every show).
const HelpPanel = {
  panel: null,
  init() {
    if (this.panel != null) return;
    this.panel = document.querySelector('#help-panel');
    document.documentElement.addEventListener('click', (event) => {
      if (!this.panel.contains(event.target)) this.hide();
    });
    this.panel.querySelector('.close').addEventListener('click', HelpPanel.hide.bind(HelpPanel));
  },
  hide() {
    this.panel.classList.remove('open');
  },
};

window.addEventListener('message', (event) => {
  if (event.data === 'show-help') HelpPanel.init();
});
globalThis.HelpPanel = HelpPanel;
export {};
