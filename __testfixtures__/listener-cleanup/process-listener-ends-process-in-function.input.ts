// A child process's start-up: when the parent's IPC channel closes, the child exits. The
// handler ends the process, so it is most likely the process's answer to that event (removing it
// would keep an orphaned child running): no fix. But it is added inside a function whose callers
// are not seen, which may run it again and again: reported `low`, not skipped. The SIGTERM
// handler is process lifetime by intent (a signal): not a finding.
export function start(handleMessage: (message: unknown) => void) {
  process.on('disconnect', () => {
    console.error('peer host disconnected, exiting.');
    process.exit(1);
  });
  process.once('SIGTERM', () => process.exit(0));
  return handleMessage;
}
