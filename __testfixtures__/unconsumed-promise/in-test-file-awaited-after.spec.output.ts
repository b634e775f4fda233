interface Backend {
  pending: Array<() => void>;
}

async function startClient(backend: Backend): Promise<void> {
  await new Promise<void>((resolve) => backend.pending.push(resolve));
}

async function flush(backend: Backend): Promise<void> {
  for (const answer of backend.pending.splice(0)) answer();
}

async function validate(value: unknown): Promise<void> {
  if (value === undefined) throw new Error('missing');
}

it('starts once the backend answers', async () => {
  const backend: Backend = { pending: [] };
  startClient(backend);
  await flush(backend);
  expect(backend.pending).toHaveLength(0);
});

it('validates before checking', async () => {
  await validate(1);
  expect(true).toBe(true);
});
