// Run on every click of the help button (main.ts): a listener per click, a real leak.
export function showHelp() {
  window.addEventListener('resize', () => console.log('help resized'));
}
