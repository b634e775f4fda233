import { spawn } from 'node:child_process';

// A child process's 'close' comes after it exits, or after 'error' when it cannot start:
// this wait ends either way.
export async function waitForWineserver(wineserver: string): Promise<void> {
  await new Promise<void>((resolve) => {
    const waitChild = spawn(wineserver, ['--wait']);
    waitChild.on('close', () => {
      resolve();
    });
  });
}

// The real one next to it: if the child fails before it prints, 'data' never comes.
export async function firstLine(command: string): Promise<string> {
  const child = spawn(command);
  return await new Promise<string>((resolve) => {
    child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString()));
  });
}
