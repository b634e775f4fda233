import { pathToFileURL } from 'node:url';
import * as url from 'url';

// Electron renderer: each request reads a file of the local disk, not the network.
export async function readBook(bookPath: string): Promise<Blob[]> {
  const fromPath = await fetch(pathToFileURL(bookPath)).then((res) => res.blob());
  const fromHref = await fetch(pathToFileURL(bookPath).href).then((res) => res.blob());
  const fromNamespace = await fetch(url.pathToFileURL(bookPath)).then((res) => res.blob());
  const fileUrl = `file://${encodeURI(bookPath)}`;
  const fromTemplate = await fetch(fileUrl).then((res) => res.blob());
  const license = await fetch('file:///usr/share/reader/LICENSE').then((res) => res.blob());
  return [fromPath, fromHref, fromNamespace, fromTemplate, license];
}
