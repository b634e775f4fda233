declare function load(id: string): Promise<void>;
declare function wait(ms: number): Promise<void>;

// A module-level `retry` that only logs: a handler that calls it ends the rejection
function retry(): void {
  console.log('gave up');
}

// No finding: the handler calls the module's `retry`, which neither throws nor returns a promise
function refresh(id: string): Promise<void> {
  return load(id).catch(() => {
    return retry();
  });
}

// Still a finding: the handler's `retry` is this function's own, whose promise may reject;
// the name is read where the handler is written, not where `reload` is called
function reload(id: string): Promise<void> {
  const retry = async (): Promise<void> => {
    await wait(100);
    return load(id);
  };
  return load(id).catch(() => {
    return retry();
  });
}

export function onClick(id: string): void {
  refresh(id);
  void reload(id).catch((error) => console.error(error));
}
