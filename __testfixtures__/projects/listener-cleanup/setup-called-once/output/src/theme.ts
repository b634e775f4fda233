// Called once from startApp() (app.ts), which main.ts calls once: a chain across files.
export function setupTheme() {
  window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', (event) => console.log('dark', event.matches));
  window.addEventListener('storage', (event) => console.log('theme', event.key));
}
