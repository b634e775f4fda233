import { Client } from './client.js';

const client = new Client('https://example.test/events');

export async function report(event) {
  void client.send(JSON.stringify(event)).catch((error) => console.error(error));
  client.close();
}
