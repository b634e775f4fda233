// initialize() runs once (main.ts), and initializeConfig() once from it: no finding.
export function initialize() {
  initializeConfig();
}

function initializeConfig() {
  process.on('message', (message) => console.log('config', message));
}
