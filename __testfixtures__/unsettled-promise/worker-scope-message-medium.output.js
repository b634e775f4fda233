// In a worker: a message the page posts to the worker's own scope; whether the page always posts
// it is in the page's code (report-only, medium).
let initialized = false;

export async function waitForDatabase(name) {
  if (initialized) return true;
  return await new Promise((resolve) =>
    self.addEventListener('message', (event) => {
      if (event.data.type === 'initialized' && event.data.name === name) resolve(true);
    }),
  );
}

// The real leak next to it: a worker whose script fails to load fires 'error', never a message (high).
export function firstMessage(url) {
  return new Promise((resolve) => {
    const worker = new Worker(url);
    worker.addEventListener('message', (event) => resolve(event.data));
  });
}
