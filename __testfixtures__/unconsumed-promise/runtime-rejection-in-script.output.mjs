async function sendReport(url) {
  throw new Error(`report to ${url} failed`);
}

export function finishJob() {
  void sendReport('https://example.invalid/report').catch((error) => console.error(error));
  return 'done';
}
