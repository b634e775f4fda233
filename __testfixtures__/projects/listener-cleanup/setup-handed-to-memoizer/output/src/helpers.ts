// Call their factory once in the body, but more often all the same: again through `arguments`,
// or in a class field's initializer, which runs once per `new`.
export function memoRetry(name: string, getValue: () => unknown): unknown {
  try {
    return getValue();
  } catch {
    // eslint-disable-next-line prefer-rest-params
    return (memoRetry as (...args: unknown[]) => unknown).apply(null, arguments as unknown as unknown[]);
  }
}

export function makeClass(name: string, getValue: () => unknown) {
  return class {
    value = getValue();
  };
}
