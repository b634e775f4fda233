import { writeFile } from 'node:fs/promises';

async function writeIndex(pages) {
  await writeFile('public/search-index.json', JSON.stringify(pages));
}

export function onPagesBuilt(pages) {
  void writeIndex(pages).catch((error) => console.error(error));
}
