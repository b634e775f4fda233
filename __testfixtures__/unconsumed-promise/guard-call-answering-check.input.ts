// A check written here that throws nothing answers (it sets feedback and resolves to a
// boolean): dropped, it is an ordinary dropped promise, not a check to await.
export class Field {
  valid: boolean | undefined;

  constructor(private readonly rules: ((value: string) => Promise<boolean>)[]) {}

  async validate(value: string): Promise<boolean> {
    const results = await Promise.all(this.rules.map((rule) => rule(value)));
    this.valid = results.every(Boolean);
    return this.valid;
  }

  onBlur(value: string, forward?: (value: string) => void): void {
    this.validate(value);
    forward?.(value);
  }
}

// A check followed by a bare `return` only: nothing after it runs
async function verifyWithKey(id: string): Promise<void> {
  if (!id) throw new Error('no device');
}

export function verify(id: string, current: boolean, other: (id: string) => void): void {
  if (current) {
    verifyWithKey(id);
    return;
  }
  other(id);
}

// Negative: a check that throws still stops the work after it
async function assertOwner(user: string): Promise<void> {
  if (user !== 'me') throw new Error('not the owner');
}

export async function rename(user: string, save: () => Promise<void>) {
  assertOwner(user);
  await save();
}
