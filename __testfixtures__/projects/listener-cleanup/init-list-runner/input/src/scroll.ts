export function setupScrollSpy() {
  window.addEventListener('scroll', () => {
    document.body.classList.toggle('scrolled', window.scrollY > 0);
  });
}
