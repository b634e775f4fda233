// In JavaScript the call may be the one statement of a last `if`
export function setupPanel(panel) {
  const handleScroll = () => panel.classList.add('scrolled');
  window.addEventListener('scroll', handleScroll);
  return () => {
    window.removeEventListener('scroll', handleScroll);
  };
}
