import { exec } from 'node:child_process';

export function gitHead(cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    exec('git rev-parse HEAD', { cwd }, (error, stdout) => {
      if (error) console.warn('not a git checkout', error.message);
      else resolve(stdout.trim());
    });
  });
}

export function gitBranch(cwd: string): Promise<string> {
  return new Promise((resolve) => {
    exec('git branch --show-current', { cwd }, (error, stdout) => {
      if (error) return console.warn('no branch', error.message);
      resolve(stdout.trim());
    });
  });
}
