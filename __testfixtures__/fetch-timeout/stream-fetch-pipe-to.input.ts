export async function mirror(url: string, sink: WritableStream<Uint8Array>) {
  const response = await fetch(url, { cache: 'no-store' });
  await response.body?.pipeTo(sink);
}
