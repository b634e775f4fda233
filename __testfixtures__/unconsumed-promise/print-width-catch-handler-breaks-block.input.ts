async function saveScene(elements: readonly string[]): Promise<void> {
  await fetch('/scene', { method: 'PUT', body: elements.join() });
}
declare const store: {
  getFiles(ids: string[]): Promise<{ loaded: string[] }>;
};
declare function render(elements: string[]): void;

// The default handler is an expression: it stays on the line.
export function onUnload(elements: readonly string[]): void {
  saveScene(elements);
}

// A request's handler ignores an AbortError in a block, and prettier never keeps a non-empty
// block on one line: the handler's body gets its own line.
export function onLeave(url: string): void {
  fetch(url, { method: 'POST', keepalive: true });
}

// A chain already broken before each call: `.catch(` starts its own line, like the others.
export function restore(fileIds: string[]): void {
  store
    .getFiles(fileIds)
    .then(({ loaded }) => {
      render(loaded);
    })
    .finally(() => render([]));
}
