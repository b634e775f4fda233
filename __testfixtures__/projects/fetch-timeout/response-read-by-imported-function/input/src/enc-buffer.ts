export class EncBuffer {
  constructor(readonly bytes: Uint8Array) {}

  static async fromResponse(response: Response): Promise<EncBuffer> {
    const buffer = await response.arrayBuffer();
    return new EncBuffer(new Uint8Array(buffer));
  }
}

export async function readJson(response: Response): Promise<unknown> {
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json();
}
