// In JavaScript the call may be the one statement of a last `if`
export function setupPanel(panel) {
  window.addEventListener('scroll', () => panel.classList.add('scrolled'));
}
