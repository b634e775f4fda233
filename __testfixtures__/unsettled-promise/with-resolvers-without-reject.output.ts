export function nextMessage(port: MessagePort): Promise<unknown> {
  const { promise, resolve } = Promise.withResolvers<unknown>();
  port.addEventListener('message', (event) => resolve(event.data), { once: true });
  port.start();
  return promise;
}
