import { watch } from 'node:fs';

function reload(): void {}

function main(): void {
  window.addEventListener('resize', reload);
  document.addEventListener('visibilitychange', reload);
  const watcher = watch('./config', reload);
  watcher.on('error', reload);
}

main();
