import { createServer } from 'node:http';

function reportMemory(): void {
  console.log(process.memoryUsage().rss);
}

// The program's entry point, called once below: its timers live as long as the process.
async function main(): Promise<void> {
  const server = createServer();
  server.listen(8080);
  setInterval(reportMemory, 60_000);
}

const bootstrap = () => {
  setInterval(() => console.log('heartbeat'), 30_000);
};

if (process.env.NODE_ENV !== 'test') bootstrap();

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
