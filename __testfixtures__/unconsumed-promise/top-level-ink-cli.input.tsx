// A terminal UI: JSX and a UI framework, but a Node program (it reads process.argv). Its
// top-level main() keeps the suggestion and the exit-code note: a handler that only logs
// would make a failed run exit 0.
import React from 'react';
import { readFile } from 'node:fs/promises';

declare function render(tree: unknown): { waitUntilExit(): Promise<void> };

async function main(): Promise<void> {
  const name = await readFile(process.argv[2] ?? 'name.txt', 'utf8');
  await render(<span>{name}</span>).waitUntilExit();
}

main();
