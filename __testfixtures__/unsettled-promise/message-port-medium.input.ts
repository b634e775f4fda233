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

// A port one of the code's own channels hands over, and a port a 'message' hands over: medium.
export function startChannel(target: Worker): Promise<unknown> {
  const { port1, port2 } = new MessageChannel();
  target.postMessage('connect', [port2]);
  return new Promise((resolve) => {
    port1.addEventListener('message', (event) => resolve(event.data), { once: true });
    port1.start();
  });
}

self.addEventListener('message', async (event) => {
  const port = event.ports[0]!;
  await new Promise((resolve) => {
    port.addEventListener('message', (reply) => resolve(reply.data), { once: true });
  });
});

// Only its name says it is a port (an untyped result's `port`, a `port1` of anything): not a
// MessagePort shape, the usual wait (high).
export async function askService(connect: () => Promise<any>, question: string): Promise<unknown> {
  const { port } = await connect();
  return new Promise((resolve) => {
    port.addEventListener('message', (event: MessageEvent) => resolve(event.data), { once: true });
    port.postMessage(question);
  });
}

export function askLink(link: { port1: EventTarget }): Promise<unknown> {
  return new Promise((resolve) => {
    link.port1.addEventListener('message', (event) => resolve(event), { once: true });
  });
}
