export const onEveryCall = (callback: () => void) => {
  window.addEventListener('message', callback);
};

(() => {
  for (const type of ['focus', 'blur']) {
    document.querySelectorAll('input').forEach((input) => input.addEventListener(type, () => {}));
  }
  function later() {
    window.addEventListener('scroll', () => {});
  }
  setInterval(later, 100);
})();
