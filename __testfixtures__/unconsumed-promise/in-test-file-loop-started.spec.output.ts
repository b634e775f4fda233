async function record(log: string[], entry: string): Promise<void> {
  await Promise.resolve();
  log.push(entry);
}

async function flush(log: string[]): Promise<number> {
  await Promise.resolve();
  return log.length;
}

it('flush waits for the writes already started', async () => {
  const log: string[] = [];
  let done = 0;
  for (let round = 0; round < 5; round++) {
    record(log, `entry ${round}`).then(() => done++);
  }
  expect(await flush(log)).toBe(0);
  expect(done).toBe(0);
});

it('records one entry', async () => {
  const log: string[] = [];
  await record(log, 'single').then(() => log.push('after'));
  expect(await flush(log)).toBe(0);
});
