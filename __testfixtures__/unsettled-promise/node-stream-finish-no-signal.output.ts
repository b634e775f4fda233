import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

export async function writeReport(path: string, lines: string[]) {
  const out = createWriteStream(path);
  for (const line of lines) out.write(`${line}\n`);
  out.end();
  await once(out, 'finish', { signal: AbortSignal.timeout(30_000) });
}
