async function save(): Promise<number> {
  throw new Error('no');
}

it('rejects', async () => {
  await expect(save()).rejects.toThrow('no');
  return expect(save()).rejects.toThrow();
});

it('resolves later', () => {
  const pending = save();
  return expect(pending).rejects.toBeInstanceOf(Error);
});

declare function it(name: string, body: () => unknown): void;
declare function expect(value: unknown): { rejects: { toThrow(message?: string): Promise<void>; toBeInstanceOf(type: unknown): Promise<void> } };
