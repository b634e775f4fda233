import https from 'node:https';

// Suggestion: the body is collected in 'data' chunks with no 'error' listener on the response;
// a deadline's abort mid-body would emit an 'error' there that nobody hears.
export function getSourceMap(url: string, done: (text: string) => void) {
  https.get(url, (res) => {
    let text = '';
    res.on('data', (chunk) => (text += chunk));
    res.on('end', () => done(text));
  });
}
