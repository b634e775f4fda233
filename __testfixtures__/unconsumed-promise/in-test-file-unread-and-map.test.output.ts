async function validate(value: unknown): Promise<void> {
  if (value === undefined) throw new Error('missing');
}

it('accepts values', () => {
  const pending = validate(1);
  [1, 2].map(async (value) => validate(value));
});
