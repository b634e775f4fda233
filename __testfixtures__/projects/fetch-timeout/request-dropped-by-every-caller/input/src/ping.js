// Every caller drops its promise: nothing waits for the answer.
export async function sendUsagePing(pingUrl) {
  const response = await fetch(pingUrl, { method: 'POST' });
  return response.ok;
}
