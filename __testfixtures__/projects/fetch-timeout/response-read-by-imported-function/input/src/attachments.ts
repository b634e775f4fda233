import { EncBuffer, readJson } from './enc-buffer';

export async function getAttachment(url: string): Promise<EncBuffer> {
  const response = await fetch(url, { cache: 'no-store' });
  return EncBuffer.fromResponse(response);
}

export async function getMetadata(url: string): Promise<unknown> {
  const response = await fetch(url, { cache: 'no-store' });
  return readJson(response);
}
