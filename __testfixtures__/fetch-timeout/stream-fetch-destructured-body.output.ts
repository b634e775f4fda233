export async function relay(url: string, write: (chunk: Uint8Array) => void) {
  const { body } = await fetch(url);
  if (!body) return;
  for await (const chunk of body) write(chunk);
}
