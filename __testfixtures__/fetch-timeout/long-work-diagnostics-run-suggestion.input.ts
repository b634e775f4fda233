// A diagnostics run executes every check (shells, network probes with the user's own timeout)
// before it answers: a fixed 10 s deadline could cut it (suggestion). Reading the settings
// from the same local server stays an auto fix.
export async function runDiagnostics(port: number) {
  const res = await fetch(`http://localhost:${port}/v1/checks`, { method: 'POST' });
  return res.json();
}

export async function readSettings(port: number) {
  const res = await fetch(`http://localhost:${port}/v1/settings`);
  return res.json();
}
