// High (next to skip-module-object-method-set-once-guard): the same guard, but the file also makes objects from the literal (`Object.create(NoticeBox)`),
// each with its own `this.box`, so the guard is per object: it is not a module-wide flag.
const NoticeBox = {
  box: null,
  init(selector) {
    if (this.box != null) return;
    this.box = document.querySelector(selector);
    document.documentElement.addEventListener('click', (event) => {
      if (!this.box.contains(event.target)) this.box.remove();
    });
  },
};

window.addEventListener('message', (event) => {
  NoticeBox.init(event.data.selector);
});
export const makeNotice = () => Object.create(NoticeBox);
