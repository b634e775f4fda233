export function run(Promise, fetch) {
  new Promise(() => {});
  Promise.resolve(1);
  fetch('/x');
}
