// A reply on a MessageChannel's port: the port has no 'error' event, only 'messageerror'
// (a reply that cannot be deserialised). A worker's reply fails with 'error'.
export function askClient(client: Client, question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event: MessageEvent<string>) => resolve(event.data);
    channel.port1.onmessageerror = () => reject(new Error('messageerror before message'));
    client.postMessage(question, [channel.port2]);
  });
}

export function askWorker(worker: Worker, question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<string>) => resolve(event.data);
    worker.onerror = () => reject(new Error('error before message'));
    worker.postMessage(question);
  });
}
