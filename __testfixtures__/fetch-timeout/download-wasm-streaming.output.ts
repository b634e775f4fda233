// A WebAssembly module compiled as it downloads: a deadline on the whole request could cut a
// slow download of a large module, so the deadline is only a suggestion.
export async function loadCodec(url: string, imports: WebAssembly.Imports): Promise<WebAssembly.Instance> {
  const { instance } = await WebAssembly.instantiateStreaming(fetch(url, { credentials: 'same-origin' }), imports);
  return instance;
}
