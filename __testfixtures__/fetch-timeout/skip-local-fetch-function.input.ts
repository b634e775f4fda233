function fetch(key: string): string | undefined {
  return cache.get(key);
}

const cache = new Map<string, string>();

export function read(key: string) {
  return fetch(key);
}

export function viaClient(client: { fetch(url: string): Promise<unknown> }) {
  return client.fetch('/x');
}
