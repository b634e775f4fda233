async function validate(value: unknown): Promise<void> {
  if (value === undefined) throw new Error('missing');
}

it('accepts a value', async () => {
  await validate(1);
});

it('accepts another value', () => {
  validate(2);
});
