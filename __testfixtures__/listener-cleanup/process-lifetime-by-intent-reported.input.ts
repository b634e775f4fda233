export function installShutdown(close: () => void): void {
  process.on('SIGTERM', close);
}

function main(): void {
  window.addEventListener('online', () => console.log('online'));
}

main();
