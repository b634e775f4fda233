import { createServer } from 'node:http';

export async function main() {
  const server = createServer();
  server.listen(8080);
  await new Promise((resolve) => process.once('SIGTERM', resolve));
  server.close();
}
