// Preloaded with `node -r`: at exit, writes the loaded module files to $UNLEAK_LOAD_PROBE.
process.on('exit', () => {
  require('node:fs').writeFileSync(process.env.UNLEAK_LOAD_PROBE, JSON.stringify(Object.keys(require.cache)));
});
