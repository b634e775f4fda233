// A workflow composer's conditional: `then` runs the branch builder now and returns what it built.
type ThenFunc = <Resolver extends () => any>(resolver: Resolver) => ReturnType<Resolver>;

export function when<T extends object>(values: T, condition: (values: T) => boolean): { then: ThenFunc } {
  const steps: string[] = [];
  return {
    then: (resolver) => {
      if (condition(values)) steps.push('branch');
      return resolver();
    },
  };
}

export function step(name: string): { name: string } {
  return { name };
}

// A promise: its `then` returns a promise that rejects when the work does.
export async function loadCount(): Promise<number> {
  return 1;
}
