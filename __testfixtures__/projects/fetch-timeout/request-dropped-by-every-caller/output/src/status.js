// The function itself keeps a busy flag that only the answer clears.
let busy = false;

export function isBusy() {
  return busy;
}

export async function reportStatus(statusUrl) {
  busy = true;
  await fetch(statusUrl, { method: 'POST' });
  busy = false;
}
