// Still findings: a listener added by a callback that a top-level forEach registers may be added
// on every click, and a forEach inside a function runs on every call of it.
const button = document.createElement('button');

['focus', 'blur'].forEach((name) => {
  button.addEventListener('click', () => {
    window.addEventListener(name, () => console.log(name));
  });
});

export function track(names: string[]): void {
  names.forEach((name) => {
    window.addEventListener(name, () => console.log(name));
  });
}
