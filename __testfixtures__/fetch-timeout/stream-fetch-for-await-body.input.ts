import { createWriteStream } from 'node:fs';

export async function saveTo(url: string, path: string) {
  const res = await fetch(url);
  if (!res.ok || !res.body) throw new Error(`HTTP ${res.status}`);
  const file = createWriteStream(path);
  for await (const chunk of res.body) file.write(chunk);
  file.end();
}
