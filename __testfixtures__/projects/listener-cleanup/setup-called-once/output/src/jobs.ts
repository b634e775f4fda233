// Run once per queue name, in a loop (main.ts): a listener each time.
export function listenForJobs() {
  process.on('message', (message) => console.log('job', message));
}
