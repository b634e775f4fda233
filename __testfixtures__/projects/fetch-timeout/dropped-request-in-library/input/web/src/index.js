// The same ping in an application: unconsumed-promise adds the handler, so the deadline stays auto.
export function sendUsagePing(version) {
  fetch(`https://usage.example.com/ping?v=${version}`);
}
