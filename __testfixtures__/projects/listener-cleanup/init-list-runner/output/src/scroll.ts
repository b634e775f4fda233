export function setupScrollSpy() {
  const handleScroll = () => {
    document.body.classList.toggle('scrolled', window.scrollY > 0);
  };
  window.addEventListener('scroll', handleScroll);
  return () => {
    window.removeEventListener('scroll', handleScroll);
  };
}
