// Memoized per name for the process: the factory runs at most once per call, and once per name.
const cache: Record<string, unknown> = {};

export function singleton<T>(name: string, getValue: () => T): T {
  cache[name] ??= getValue();
  return cache[name] as T;
}
