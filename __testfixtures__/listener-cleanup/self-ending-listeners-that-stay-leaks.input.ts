export function trackScroll(callback: () => void): void {
  window.addEventListener('scroll', callback);
}

export function onFirstResize(callback: () => void): void {
  function handleResize() {
    document.removeEventListener('resize', handleResize);
    callback();
  }
  window.addEventListener('resize', handleResize);
}

export function onFirstKey(callback: () => void): void {
  function handleKey() {
    window.removeEventListener('keyup', handleKey);
    callback();
  }
  window.addEventListener('keydown', handleKey);
}
