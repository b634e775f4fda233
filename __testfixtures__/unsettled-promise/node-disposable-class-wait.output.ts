import { createServer, type Server } from 'node:http';
import { once } from 'node:events';

export class PreviewServer {
  private readonly server: Server = createServer((request, response) => response.end('ok'));
  private readonly controller = new AbortController();

  async listen(port: number): Promise<void> {
    this.server.listen(port);
    await once(this.server, 'listening', { signal: this.controller.signal });
  }

  close(): void {
    this.server.close();
    this.controller.abort();
  }
}
