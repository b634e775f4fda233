// A usage ping nobody waits for: in a library, the deadline alone would make a slow answer an
// unhandled rejection in the host app.
export function sendUsagePing(version) {
  fetch(`https://usage.example.com/ping?v=${version}`);
}

// Awaited: the caller sees the deadline's error like any other.
export async function loadLicense(key) {
  const res = await fetch(`https://license.example.com/keys/${key}`);
  return res.json();
}
