// Registered while the module loads, once per event: the body of a top-level forEach runs as the
// body of a top-level for…of would, and lives as long as the process, by intent.
const exitEvents = ['exit', 'SIGINT', 'SIGTERM'] as const;

exitEvents.forEach((event) => {
  process.on(event, () => {
    console.log(`stopping on ${event}`);
  });
});
