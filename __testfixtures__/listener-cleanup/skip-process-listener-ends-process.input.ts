// A child process's start-up: when the parent's IPC channel closes, the child exits. The
// handler ends the process, so it is the process's answer to that event, not a listener that
// outlives anything (removing it would keep an orphaned child running).
export function start(handleMessage: (message: unknown) => void) {
  process.on('disconnect', () => {
    console.error('peer host disconnected, exiting.');
    process.exit(1);
  });
  process.once('SIGTERM', () => process.exit(0));
  return handleMessage;
}
