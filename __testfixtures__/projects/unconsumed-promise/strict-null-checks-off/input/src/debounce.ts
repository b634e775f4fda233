/** Typed as its callback, but returns nothing: the call runs later. */
export function debounce<T extends (...args: never[]) => unknown>(fn: T, ms: number): T {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return ((...args: never[]) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  }) as unknown as T;
}
