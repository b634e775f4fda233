import { toFileUrl } from './paths';

// A path or a project's own helper says nothing of the scheme: it may name a server.
export async function readBook(bookPath: string): Promise<Blob[]> {
  const fromPath = await fetch(bookPath).then((res) => res.blob());
  const fromHelper = await fetch(toFileUrl(bookPath)).then((res) => res.blob());
  const mirrored = await fetch(`https://mirror.example.com/file://${bookPath}`).then((res) => res.blob());
  return [fromPath, fromHelper, mirrored];
}
