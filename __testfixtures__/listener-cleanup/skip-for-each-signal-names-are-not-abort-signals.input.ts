// `signal` here is an item of the array (a process signal name), not an AbortSignal in scope: no
// abort wiring (it would call addEventListener on a string), and, registered once per item while
// the module loads, no finding.
const signals = ['SIGINT', 'SIGTERM'] as const;

signals.forEach((signal) => {
  process.on(signal, () => {
    console.log(`received ${signal}`);
    process.exit(1);
  });
});
