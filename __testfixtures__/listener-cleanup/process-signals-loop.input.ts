// A handler for the end of the process is process lifetime, also when the signal names come
// from a loop over literals.
export async function start(): Promise<void> {
  for (const signal of ['SIGINT', 'SIGTERM'] as NodeJS.Signals[]) {
    process.on(signal, exit);
  }
  // The real leak next to it: 'message' is no end of the process, and start() can run again.
  for (const event of ['SIGHUP', 'message']) {
    process.on(event, reload);
  }
}

function exit(): void {
  process.exitCode = 0;
}

function reload(): void {
  console.log('reload');
}
