import { createReadStream } from 'node:fs';

declare const scene: { elements: unknown[] };
declare const dataUrl: string;

export async function uploads(url: string, body: string, file: File, items: Record<string, string>) {
  const form = new FormData();
  form.append('file', file);
  await fetch(url, { method: 'POST', body });
  await fetch(url, { method: 'POST', body: form });
  await fetch(url, { method: 'PUT', body: new Blob([body]) });
  await fetch(url, { method: 'PUT', body: file });
  await fetch(url, { method: 'POST', body: createReadStream('big.bin') as never, duplex: 'half' } as RequestInit);
  await fetch(url, { method: 'POST', body: new URLSearchParams(items) });
  await fetch(url, { method: 'POST', body: JSON.stringify(scene) });
  await fetch(url, { method: 'POST', body: JSON.stringify({ id: 1, image: dataUrl }) });
  await fetch(url, { method: 'POST', body: JSON.stringify({ elements: scene.elements }) });
}

export async function generate(url: string, prompt: string) {
  // the server generates from the prompt: it may take longer than any fixed deadline
  const res = await fetch(url, { method: 'POST', body: JSON.stringify({ prompt, size: 512 }) });
  return res.json();
}
