import https from 'https';

export function download(url: URL, agent: https.Agent) {
  https.get(url, { agent }, (res) => res.resume());
}
