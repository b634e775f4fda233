import { readFile } from 'node:fs/promises';

async function syncLocales(file) {
  const text = await readFile(file, 'utf8');
  await fetch('https://translations.example/upload', { method: 'POST', body: text, signal: AbortSignal.timeout(30_000) });
}

export function onLocaleChange(file) {
  void syncLocales(file).catch((error) => console.error(error));
}
