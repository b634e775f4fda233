import { createWriteStream } from 'node:fs';

export async function writeReport(path: string, lines: string[]) {
  const out = createWriteStream(path);
  for (const line of lines) out.write(`${line}\n`);
  out.end();
  await new Promise((resolve) => out.on('finish', resolve));
}
