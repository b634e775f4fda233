import { spawn } from 'node:child_process';

const server = spawn('vite', ['--port', '3000'], { stdio: 'inherit' });

process.on('unhandledRejection', (reason) => {
  console.error('dev start-up failed:', reason);
  server.kill('SIGTERM');
  process.exit(1);
});
