import https from 'https';

export function download(url: URL, agent: https.Agent) {
  https.get(url, { agent, signal: AbortSignal.timeout(10_000) }, (res) => res.resume());
}
