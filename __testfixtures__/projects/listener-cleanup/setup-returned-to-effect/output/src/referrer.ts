// Its one caller is an effect that ends with the call: the cleanup goes back to React
export function setupReferrer(root: HTMLElement): () => void {
  const handleResize = () => root.classList.toggle('narrow', window.innerWidth < 600);
  window.addEventListener('resize', handleResize);
  return () => {
    window.removeEventListener('resize', handleResize);
  };
}
