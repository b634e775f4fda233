// Run on every click of the help button (main.ts): a listener per click, a real leak.
export function showHelp() {
  const handleResize = () => console.log('help resized');
  window.addEventListener('resize', handleResize);
  return () => {
    window.removeEventListener('resize', handleResize);
  };
}
