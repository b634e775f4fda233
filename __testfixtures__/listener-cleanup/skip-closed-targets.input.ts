import { fork, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { connect } from './broker';

// A service that spawns a helper process and kills it when it stops: the process's own
// `exit` / `message` listeners end with it (removing them first would lose the `exit` event).
export class HelperProcess {
  private child?: ChildProcess;

  start(script: string): void {
    this.child = fork(script);
    this.child.stdout?.on('data', (chunk: Buffer) => process.stdout.write(chunk));
    this.child.on('exit', (code) => console.log('helper exited', code));
    this.child.on('message', this.onMessage);
  }

  stop(): void {
    this.child?.kill('SIGTERM');
  }

  private onMessage = (message: unknown) => console.log(message);
}

// A server closed by the disposal method.
export class StatusServer {
  #server: Server | undefined;

  listen(port: number): void {
    this.#server = createServer((req, res) => res.end('ok'));
    this.#server.on('error', (error) => console.error(error));
    this.#server.listen(port);
  }

  async dispose(): Promise<void> {
    await new Promise((resolve) => (this.#server ? this.#server.close(resolve) : resolve(undefined)));
  }
}

// A probe that ends its client in every handler.
export class BrokerProbe {
  check(url: string): Promise<string> {
    return new Promise((resolve, reject) => {
      const client = connect(url);
      client.on('message', (topic: string) => {
        client.end();
        resolve(topic);
      });
      client.on('error', (error: Error) => {
        client.end();
        reject(error);
      });
    });
  }
}

// An upload whose request is aborted when the uploader stops: the request's listeners end with it.
export class Uploader {
  private request?: import('node:http').ClientRequest;

  send(url: string): void {
    this.request = require('node:http').request(url);
    this.request!.on('response', (response: unknown) => console.log(response));
  }

  stop(): void {
    this.request?.abort();
  }
}
