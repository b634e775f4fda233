export function setupResizeHint() {
  const handleResize = () => {
    document.body.dataset.width = String(window.innerWidth);
  };
  window.addEventListener('resize', handleResize);
  return () => {
    window.removeEventListener('resize', handleResize);
  };
}
