// A reply on a MessagePort taken from a destructured result: a port has no 'error' event, and
// whether the other end always answers is in its code, not here (report-only, medium).
export async function requestPort(getProvider: () => Promise<{ port: MessagePort }>, clientId: string): Promise<MessagePort> {
  const { port } = await getProvider();
  return new Promise((resolve) => {
    port.addEventListener('message', (event) => resolve(event.ports[0]!), { once: true });
    port.postMessage(clientId);
  });
}

// The real leak next to it: a Worker the code makes fires 'error' when its script fails, and the
// message never comes (high).
export function askWorker(url: string, question: string): Promise<unknown> {
  const worker = new Worker(url);
  return new Promise((resolve) => {
    worker.addEventListener('message', (event) => resolve(event.data), { once: true });
    worker.postMessage(question);
  });
}
