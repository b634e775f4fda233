// A reply on a MessageChannel's port: the port has no 'error' event, only 'messageerror'
// (a reply that cannot be deserialised). A worker's reply fails with 'error'.
export function askClient(client: Client, question: string): Promise<string> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event: MessageEvent<string>) => resolve(event.data);
    client.postMessage(question, [channel.port2]);
  });
}

export function askWorker(worker: Worker, question: string): Promise<string> {
  return new Promise((resolve) => {
    worker.onmessage = (event: MessageEvent<string>) => resolve(event.data);
    worker.postMessage(question);
  });
}
