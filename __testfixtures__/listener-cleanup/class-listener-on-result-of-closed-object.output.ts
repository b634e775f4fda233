/** The server the gateway hands back ends with the gateway the relay closes: low. The hub's channel may be shared: medium. */
import { EventEmitter } from 'node:events';

class Gateway {
  private readonly server = new EventEmitter();
  listen(port: number): EventEmitter {
    console.log(port);
    return this.server;
  }
  close(): void {
    this.server.removeAllListeners();
  }
}

declare const sharedBus: { channel(name: string): EventEmitter };

export class Relay {
  private gateway: Gateway | undefined;
  private readonly hub = { channel: (name: string) => sharedBus.channel(name) };

  start(port: number): void {
    this.gateway = new Gateway();
    const server = this.gateway.listen(port);
    server.on('connection', (socket: unknown) => this.accept(socket));
    const news = this.hub.channel('news');
    news.on('message', (text: string) => this.accept(text));
  }

  private accept(value: unknown): void {
    console.log(value);
  }

  stop(): void {
    this.gateway?.close();
  }
}
