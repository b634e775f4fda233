import { createReadStream } from 'node:fs';
import https from 'node:https';
import type { Request, Response } from 'express';

export function handler(req: Request, res: Response): void {
  const controller = new AbortController();
  res.on('close', () => controller.abort());
  req.on('data', (chunk: Buffer) => console.log(chunk.length));
}

export function attach(element: HTMLElement, onClick: () => void): void {
  element.addEventListener('click', onClick);
}

export function readLines(file: string): void {
  const stream = createReadStream(file);
  stream.on('data', (chunk) => console.log(chunk.length));
}

export function ping(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    https.get(url, () => resolve()).on('error', reject);
  });
}

export function persist(store: { subscribe(listener: () => void): () => void; getState(): unknown }): void {
  store.subscribe(() => localStorage.setItem('state', JSON.stringify(store.getState())));
}
