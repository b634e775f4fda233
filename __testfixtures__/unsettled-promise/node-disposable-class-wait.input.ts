import { createServer, type Server } from 'node:http';

export class PreviewServer {
  private readonly server: Server = createServer((request, response) => response.end('ok'));

  async listen(port: number): Promise<void> {
    this.server.listen(port);
    await new Promise((resolve) => this.server.once('listening', resolve));
  }

  close(): void {
    this.server.close();
  }
}
